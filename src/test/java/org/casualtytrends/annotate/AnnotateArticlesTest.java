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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
        List<Row> rows = AnnotateArticles.apply(articles, rules, 10_000_000).orderBy("article_id").collectAsList();
        conflict = rows.get(0);
        economy = rows.get(1);
        rejected = rows.get(2);
    }

    private static Row raw(String id, String text, String status) {
        return RowFactory.create(id, id + ".txt", Date.valueOf("2011-01-10"), null, null, null, "h-" + id, text.length(),
                status, status.equals("rejected") ? "x" : null, text, null);
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

    private static final String[] SENTENCES = {
            "Two soldiers were killed in Kunduz province on Monday, officials said.",
            "Markets in Herat were calm and traders sold wheat.",
            "A roadside bomb wounded three civilians near Lashkar Gah.",
            "The governor of Helmand said nothing more.",
            "Nobody was hurt."};

    /** An article longer than one chunk of sentences is annotated as its sentences are one by one. */
    @Test
    void chunksFindWhatEachSentenceAloneFinds() {
        SentenceAnnotator annotator = SentenceAnnotator.of(RuleBundle.packaged());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3 * SentenceAnnotator.CHUNK_SENTENCES + 7; i++) {
            text.append(SENTENCES[i % SENTENCES.length]).append(i % 4 == 3 ? "\n" : " ");
        }
        List<Sentence> sentences = AnnotationRules.of(RuleBundle.packaged()).splitter().split(text.toString());
        assertTrue(sentences.size() > 3 * SentenceAnnotator.CHUNK_SENTENCES, "sentences " + sentences.size());

        List<PlaceMention> alonePlaces = new ArrayList<>();
        Set<Integer> aloneCandidates = new TreeSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceAnnotator.Found alone = annotator.annotate(List.of(sentences.get(i)));
            alonePlaces.addAll(alone.places());
            if (!alone.candidateSentences().isEmpty()) {
                aloneCandidates.add(i);
            }
        }
        SentenceAnnotator.Found whole = annotator.annotate(sentences);
        assertEquals(alonePlaces, whole.places());
        assertEquals(aloneCandidates, whole.candidateSentences());
        assertEquals(sentences.size(), 3 * SentenceAnnotator.CHUNK_SENTENCES + 7);
        assertEquals(40, whole.places().stream().filter(p -> p.surface().equals("Kunduz")).count());
        assertTrue(whole.candidateSentences().containsAll(Set.of(0, 2, 195, 197)), whole.candidateSentences().toString());
        assertTrue(!whole.candidateSentences().contains(1) && !whole.candidateSentences().contains(196));
    }

    /** Past the ceiling nothing is read, and the row says where reading stopped: at the end of the last whole sentence before it. */
    @Test
    void anArticleOverTheCeilingIsReadToItsLastWholeSentenceAndSaysWhere() {
        String text = "Two soldiers were killed in Kunduz province on Monday. Police said so. A bomb killed four in Herat on Tuesday.";
        Row cut = annotate(raw("long", text, "accepted"), text.indexOf("killed four"));
        String read = "Two soldiers were killed in Kunduz province on Monday. Police said so.";
        assertEquals(read, cut.getAs("text"));
        assertEquals("accepted", cut.getAs("status"));
        assertEquals("unread_after:" + read.length(), cut.getAs("reject_reason"));
        assertEquals(List.of(read.substring(0, read.indexOf(" Police")), "Police said so."),
                AnnotationColumn.document("long", null, read, cut.getStruct(cut.fieldIndex(AnnotationColumn.NAME)))
                        .sentences().stream().map(Sentence::text).toList());

        Row whole = annotate(raw("short", text, "accepted"), text.length());
        assertEquals(text, whole.getAs("text"));
        assertTrue(whole.isNullAt(whole.fieldIndex("reject_reason")));

        String oneSentence = "Two soldiers were killed in Kunduz province and " + "the fighting went on, ".repeat(20) + "officials said.";
        Row single = annotate(raw("one", oneSentence, "accepted"), 100);
        assertEquals(oneSentence.substring(0, 100), single.getAs("text"));
        assertEquals("unread_after:100", single.getAs("reject_reason"));
    }

    private static Row annotate(Row raw, int maxChars) {
        return AnnotateArticles.apply(SharedSpark.get().createDataFrame(List.of(raw), Schemas.RAW_ARTICLE), RuleBundle.packaged(),
                maxChars).first();
    }
}
