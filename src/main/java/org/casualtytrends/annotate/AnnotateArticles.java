package org.casualtytrends.annotate;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.ArticleStatus;
import org.casualtytrends.model.Sentence;
import org.casualtytrends.tables.AnnotationColumn;
import org.casualtytrends.tables.RowShape;
import org.casualtytrends.tables.Schemas;

import java.util.List;

/**
 * Stage 2: accepted articles that pass the {@link RelevanceGate} are split into sentences (our
 * {@link SentenceSplitter}), which the fitted Spark NLP annotators of {@link AnnotationPipeline}
 * tokenize and match against the gazetteer and the casualty cues ({@link SentenceAnnotator}); the
 * result is the {@link AnnotationColumn}. Other rows get a null there and cost only the gate.
 */
public final class AnnotateArticles {
    private AnnotateArticles() {
    }

    public static Dataset<Row> apply(Dataset<Row> articles, SentenceAnnotator annotator, RuleBundle rules) {
        return articles.map(new Annotate(rules, annotator), Encoders.row(Schemas.ANNOTATED_ARTICLE));
    }

    /** Appends the annotations to a row; the rules are built on first use, once per JVM. */
    private static final class Annotate implements MapFunction<Row, Row> {
        private static final RowShape SHAPE = new RowShape(Schemas.RAW_ARTICLE, Schemas.ANNOTATED_ARTICLE);
        private static final int STATUS = Schemas.RAW_ARTICLE.fieldIndex("status");
        private static final int TEXT = Schemas.RAW_ARTICLE.fieldIndex("text");
        private static final int ANNOTATIONS = SHAPE.index(AnnotationColumn.NAME);
        private final RuleBundle rules;
        private final SentenceAnnotator annotator;

        Annotate(RuleBundle rules, SentenceAnnotator annotator) {
            this.rules = rules;
            this.annotator = annotator;
        }

        @Override
        public Row call(Row row) {
            Object[] values = SHAPE.values(row);
            String text = row.getString(TEXT);
            AnnotationRules built = AnnotationRules.of(rules);
            if (ArticleStatus.ACCEPTED.code().equals(row.getString(STATUS)) && built.gate().isRelevant(text)) {
                List<Sentence> sentences = built.splitter().split(text);
                SentenceAnnotator.Found found = annotator.annotate(sentences);
                values[ANNOTATIONS] = AnnotationColumn.toRow(sentences, found.places(), found.candidateSentences());
            }
            return RowFactory.create(values);
        }
    }
}
