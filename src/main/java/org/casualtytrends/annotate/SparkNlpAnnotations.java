package org.casualtytrends.annotate;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.casualtytrends.model.PlaceMention;
import org.casualtytrends.model.Sentence;
import org.casualtytrends.tables.IncidentRows;
import scala.collection.JavaConverters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Converts between Spark NLP's annotation rows ({@code annotatorType, begin, end, result, metadata,
 * embeddings}; {@code end} inclusive) and the plain values the rules take.
 */
public final class SparkNlpAnnotations {
    private static final scala.collection.Seq<Object> NO_EMBEDDINGS = IncidentRows.seq(List.of());

    private SparkNlpAnnotations() {
    }

    static Row document(Sentence sentence, int index) {
        scala.collection.Map<String, String> metadata =
                JavaConverters.mapAsScalaMap(java.util.Map.of("sentence", Integer.toString(index)));
        return RowFactory.create("document", sentence.begin(), sentence.end() - 1, sentence.text(), metadata, NO_EMBEDDINGS);
    }


    public static List<Sentence> sentences(List<Row> annotations) {
        List<Sentence> sentences = new ArrayList<>(annotations.size());
        for (Row a : annotations) {
            sentences.add(new Sentence(a.getInt(1), a.getInt(2) + 1, a.getString(3)));
        }
        return sentences;
    }

    public static List<PlaceMention> places(List<Row> chunks) {
        List<PlaceMention> places = new ArrayList<>(chunks.size());
        for (Row a : chunks) {
            places.add(new PlaceMention(a.getInt(1), a.getInt(2) + 1, a.getString(3)));
        }
        return places;
    }

    /** The indexes of the sentences in which a chunk was found (the chunk's {@code sentence} metadata). */
    public static Set<Integer> sentencesWithChunks(List<Row> chunks) {
        Set<Integer> sentences = new HashSet<>();
        for (Row a : chunks) {
            scala.collection.Map<String, String> metadata = a.getMap(4);
            sentences.add(Integer.parseInt(metadata.apply("sentence")));
        }
        return sentences;
    }
}
