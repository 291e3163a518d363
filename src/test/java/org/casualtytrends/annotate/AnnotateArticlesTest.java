package org.casualtytrends.annotate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.PlaceMention;
import org.casualtytrends.model.Sentence;
import org.casualtytrends.tables.AnnotationColumn;
import org.casualtytrends.tables.Schemas;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spark NLP side of annotation, on literal articles, with exact spans. */
class AnnotateArticlesTest {
    private static final String CONFLICT = "KABUL, Afghanistan (Jan. 10, 2011) –\nSangin/Helmand\n"
            + "Two soldiers were killed near Lashkar Gah, said U.S. Army Lt. Col. J. Smith. Afghanistan’s Dasht-e-Archi district was calm.";
    private static Row conflict;
    private static Row economy;
    private static Row rejected;

    @BeforeAll
    static void annotate() {
        RuleBundle rules = RuleBundle.packaged();
        List<Row> input = List.of(
                raw("c", CONFLICT, "accepted"),
                raw("e", "Interest rates were kept. Kabul traders cheered.", "accepted"),
                raw("r", "Two soldiers were killed in Helmand.", "rejected"));
        Dataset<Row> articles = SharedSpark.get().createDataFrame(input, Schemas.RAW_ARTICLE);
        List<Row> rows = AnnotateArticles.apply(articles, rules).orderBy("article_id").collectAsList();
        conflict = rows.get(0);
        economy = rows.get(1);
        rejected = rows.get(2);
    }

    private static Row raw(String id, String text, String status) {
        return RowFactory.create(id, id + ".txt", Date.valueOf("2011-01-10"), null, null, null, "h-" + id, text.length(),
                status, status.equals("rejected") ? "x" : null, text);
    }

    private static AnnotatedDocument document(Row row) {
        Row annotations = row.getStruct(row.fieldIndex(AnnotationColumn.NAME));
        return AnnotationColumn.document("c", null, CONFLICT, annotations);
    }

    private static boolean annotated(Row row) {
        return !row.isNullAt(row.fieldIndex(AnnotationColumn.NAME));
    }

    @Test
    void sentencesAreOursWithOffsetsIntoTheText() {
        List<Sentence> sentences = document(conflict).sentences();
        assertEquals(List.of("KABUL, Afghanistan (Jan. 10, 2011) –", "Sangin/Helmand",
                "Two soldiers were killed near Lashkar Gah, said U.S. Army Lt. Col. J. Smith.",
                "Afghanistan’s Dasht-e-Archi district was calm."), sentences.stream().map(Sentence::text).toList());
        for (Sentence s : sentences) {
            assertEquals(s.text(), CONFLICT.substring(s.begin(), s.end()));
        }
    }

    @Test
    void gazetteerNamesAreMatchedOnWholeTokensAnyCase() {
        List<PlaceMention> places = document(conflict).places();
        assertEquals(List.of("KABUL", "Afghanistan", "Sangin", "Helmand", "Lashkar Gah", "U.S", "Afghanistan", "Dasht-e-Archi"),
                places.stream().map(PlaceMention::surface).toList());
        for (PlaceMention p : places) {
            assertEquals(p.surface(), CONFLICT.substring(p.begin(), p.end()));
        }
    }

    @Test
    void cuesMarkTheCandidateSentences() {
        assertEquals(Set.of(2), document(conflict).candidateSentences());
    }

    @Test
    void articlesWithoutCuesAndRejectedOnesAreNotAnnotated() {
        assertTrue(annotated(conflict));
        assertFalse(annotated(economy));
        assertFalse(annotated(rejected));
    }
}
