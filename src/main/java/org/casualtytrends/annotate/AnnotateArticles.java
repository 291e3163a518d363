package org.casualtytrends.annotate;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.ArticleStatus;
import org.casualtytrends.model.Sentence;
import org.casualtytrends.tables.AnnotationColumn;
import org.casualtytrends.tables.Schemas;

import java.util.Iterator;
import java.util.List;

/**
 * Stage 2: accepted articles that pass the {@link RelevanceGate} are split into sentences (our
 * {@link SentenceSplitter}), which the Spark NLP annotators of {@link AnnotationPipeline}
 * tokenize and match against the gazetteer and the casualty cues ({@link SentenceAnnotator}); the
 * result is the {@link AnnotationColumn}. Other rows get a null there and cost only the gate. The
 * work on one article is {@link #annotations}, which evaluation also calls without Spark.
 */
public final class AnnotateArticles {
    private AnnotateArticles() {
    }

    /**
     * @param annotator the annotators of {@code rules} ({@link SentenceAnnotator#of}), broadcast: each executor
     *                  receives them once
     */
    public static Dataset<Row> apply(Dataset<Row> articles, Broadcast<SentenceAnnotator> annotator, RuleBundle rules) {
        return articles.mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> new Annotated(rows, rules, annotator.value()), Encoders.row(Schemas.ANNOTATED_ARTICLE));
    }

    /** {@link #apply} with the annotators of {@code rules}, built on the driver and broadcast. */
    public static Dataset<Row> apply(Dataset<Row> articles, RuleBundle rules) {
        Broadcast<SentenceAnnotator> annotator = JavaSparkContext.fromSparkContext(articles.sparkSession().sparkContext())
                .broadcast(SentenceAnnotator.of(rules));
        return apply(articles, annotator, rules);
    }

    /**
     * One article's annotations (its {@link AnnotationColumn} value), or null when it is not accepted
     * or does not pass the gate: the stage's whole work on an article, which the stage calls for each row.
     */
    public static Row annotations(String status, String text, AnnotationRules rules, SentenceAnnotator annotator) {
        if (!ArticleStatus.ACCEPTED.code().equals(status) || !rules.gate().isRelevant(text)) {
            return null;
        }
        List<Sentence> sentences = rules.splitter().split(text);
        SentenceAnnotator.Found found = annotator.annotate(sentences);
        return AnnotationColumn.toRow(sentences, found.places(), found.candidateSentences());
    }

    /** Appends the annotations to each row, lazily, so a partition is never held in memory. */
    private static final class Annotated implements Iterator<Row> {
        private static final int STATUS = Schemas.RAW_ARTICLE.fieldIndex("status");
        private static final int TEXT = Schemas.RAW_ARTICLE.fieldIndex("text");
        private final Iterator<Row> rows;
        private final AnnotationRules rules;
        private final SentenceAnnotator annotator;

        Annotated(Iterator<Row> rows, RuleBundle rules, SentenceAnnotator annotator) {
            this.rows = rows;
            this.rules = AnnotationRules.of(rules);
            this.annotator = annotator;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Row next() {
            Row row = rows.next();
            Object[] values = new Object[row.size() + 1];
            for (int i = 0; i < row.size(); i++) {
                values[i] = row.get(i);
            }
            values[row.size()] = annotations(row.getString(STATUS), row.getString(TEXT), rules, annotator);
            return RowFactory.create(values);
        }
    }
}
