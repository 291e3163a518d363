package org.casualtytrends.annotate;

import com.johnsnowlabs.nlp.Annotation$;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.casualtytrends.model.Sentence;
import org.casualtytrends.tables.IncidentRows;
import org.casualtytrends.tables.Schemas;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * Stage 2: accepted articles that pass the {@link RelevanceGate} get their sentences (our
 * {@link SentenceSplitter}) as Spark NLP {@code document} annotations, which the fitted
 * {@link AnnotationPipeline} tokenizes and matches against the gazetteer and the cue rules. Other
 * rows get no sentences, which the annotators pass over at no cost: one linear plan, no join.
 */
public final class AnnotateArticles {
    private static final Metadata DOCUMENT_TYPE = new MetadataBuilder().putString("annotatorType", "document").build();
    static final StructType WITH_SENTENCES = Schemas.RAW_ARTICLE.add(
            new StructField(AnnotationPipeline.SENTENCES, Annotation$.MODULE$.arrayType(), false, DOCUMENT_TYPE));

    private AnnotateArticles() {
    }

    public static Dataset<Row> apply(Dataset<Row> articles, PipelineModel nlp, AnnotationRules rules) {
        Dataset<Row> split = articles.mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> new SentenceRows(rows, rules), Encoders.row(WITH_SENTENCES));
        // Spark NLP finds its inputs by the column's annotatorType metadata, which the row encoder drops.
        return nlp.transform(split.withColumn(AnnotationPipeline.SENTENCES,
                col(AnnotationPipeline.SENTENCES).as(AnnotationPipeline.SENTENCES, DOCUMENT_TYPE)));
    }

    /** Appends the sentence annotations to each row, lazily, so a partition is never held in memory. */
    private static final class SentenceRows implements Iterator<Row> {
        private static final int STATUS = Schemas.RAW_ARTICLE.fieldIndex("status");
        private static final int TEXT = Schemas.RAW_ARTICLE.fieldIndex("text");
        private final Iterator<Row> rows;
        private final SentenceSplitter splitter;
        private final RelevanceGate gate;

        SentenceRows(Iterator<Row> rows, AnnotationRules rules) {
            this.rows = rows;
            this.splitter = rules.splitter();
            this.gate = rules.gate();
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Row next() {
            Row row = rows.next();
            String text = row.getString(TEXT);
            List<Row> annotations = new ArrayList<>();
            if ("accepted".equals(row.getString(STATUS)) && gate.isRelevant(text)) {
                List<Sentence> sentences = splitter.split(text);
                for (int i = 0; i < sentences.size(); i++) {
                    annotations.add(SparkNlpAnnotations.document(sentences.get(i), i));
                }
            }
            Object[] values = new Object[row.size() + 1];
            for (int i = 0; i < row.size(); i++) {
                values[i] = row.get(i);
            }
            values[row.size()] = IncidentRows.seq(annotations);
            return RowFactory.create(values);
        }
    }
}
