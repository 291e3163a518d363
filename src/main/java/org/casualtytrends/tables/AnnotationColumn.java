package org.casualtytrends.tables;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.PlaceMention;
import org.casualtytrends.model.Sentence;

/**
 * The {@code annotations} column that the annotation stage adds and the extraction stage reads: an
 * article's sentences and place names as offsets into its text, and the indexes of its candidate
 * sentences. Plain integers and short strings, cheap for Spark to carry; null when the article
 * was not annotated.
 */
public final class AnnotationColumn {
    public static final String NAME = "annotations";
    private static final StructType SPAN = new StructType()
            .add("begin", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false);
    private static final StructType PLACE = SPAN.add("surface", DataTypes.StringType, false);
    public static final StructType TYPE = new StructType()
            .add("sentences", DataTypes.createArrayType(SPAN, false), false)
            .add("places", DataTypes.createArrayType(PLACE, false), false)
            .add("candidate_sentences", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

    private AnnotationColumn() {
    }

    /** The column's value for an article's sentences, the place names found in them and the indexes of its candidate sentences. */
    public static Row toRow(List<Sentence> sentences, List<PlaceMention> placeMentions, Collection<Integer> candidateSentences) {
        List<Row> spans = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            spans.add(RowFactory.create(s.begin(), s.end()));
        }
        List<Row> places = new ArrayList<>(placeMentions.size());
        for (PlaceMention p : placeMentions) {
            places.add(RowFactory.create(p.begin(), p.end(), p.surface()));
        }
        return RowFactory.create(Rows.seq(spans), Rows.seq(places), Rows.seq(List.copyOf(candidateSentences)));
    }

    public static AnnotatedDocument document(String articleId, LocalDate published, String text, Row annotations) {
        List<Row> spans = annotations.getList(0);
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (Row s : spans) {
            sentences.add(new Sentence(s.getInt(0), s.getInt(1), text.substring(s.getInt(0), s.getInt(1))));
        }
        List<Row> placeRows = annotations.getList(1);
        List<PlaceMention> places = new ArrayList<>(placeRows.size());
        for (Row p : placeRows) {
            places.add(new PlaceMention(p.getInt(0), p.getInt(1), p.getString(2)));
        }
        Set<Integer> candidates = new HashSet<>(annotations.getList(2));
        return new AnnotatedDocument(articleId, published, text, sentences, places, candidates);
    }
}
