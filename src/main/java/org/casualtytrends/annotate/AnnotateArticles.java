package org.casualtytrends.annotate;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.ArticleStatus;
import org.casualtytrends.model.RejectReason;
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
 * <p>
 * An accepted article longer than the ceiling ({@code casualty-trends.input.max-article-chars}) is
 * read up to the end of its last whole sentence before it: its text is cut there for the later
 * stages, and its {@code reject_reason} says where ({@link RejectReason#UNREAD_AFTER}{@code <offset>}).
 */
public final class AnnotateArticles {
    private AnnotateArticles() {
    }

    public static Dataset<Row> apply(Dataset<Row> articles, SentenceAnnotator annotator, RuleBundle rules, int maxChars) {
        return articles.map(new Annotate(rules, annotator, maxChars), Encoders.row(Schemas.ANNOTATED_ARTICLE));
    }

    /**
     * The sentences of {@code text} that lie wholly within its first {@code maxChars} characters
     * (the first, cut at the ceiling, when it alone is longer). The splitter sees only that much of it.
     */
    static List<Sentence> sentencesWithin(SentenceSplitter splitter, String text, int maxChars) {
        // Not between the two halves of a surrogate pair.
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        List<Sentence> sentences = splitter.split(text.substring(0, end));
        // The last may be cut, unless the text goes on with a sentence of its own.
        return sentences.size() > 1 && !startsSentence(text, end) ? sentences.subList(0, sentences.size() - 1) : sentences;
    }

    private static boolean startsSentence(String text, int at) {
        return text.charAt(at) == '\n' || text.charAt(at) == '\r';
    }

    /** Appends the annotations to a row; the rules are built on first use, once per JVM. */
    private static final class Annotate implements MapFunction<Row, Row> {
        private static final RowShape SHAPE = new RowShape(Schemas.RAW_ARTICLE, Schemas.ANNOTATED_ARTICLE);
        private static final int STATUS = SHAPE.index("status");
        private static final int REASON = SHAPE.index("reject_reason");
        private static final int TEXT = SHAPE.index("text");
        private static final int ANNOTATIONS = SHAPE.index(AnnotationColumn.NAME);
        private final RuleBundle rules;
        private final SentenceAnnotator annotator;
        private final int maxChars;

        Annotate(RuleBundle rules, SentenceAnnotator annotator, int maxChars) {
            this.rules = rules;
            this.annotator = annotator;
            this.maxChars = maxChars;
        }

        @Override
        public Row call(Row row) {
            Object[] values = SHAPE.values(row);
            if (!ArticleStatus.ACCEPTED.code().equals(values[STATUS])) {
                return RowFactory.create(values);
            }
            AnnotationRules built = AnnotationRules.of(rules);
            String text = (String) values[TEXT];
            List<Sentence> sentences = null;
            if (text.length() > maxChars) {
                sentences = sentencesWithin(built.splitter(), text, maxChars);
                int readTo = sentences.isEmpty() ? maxChars : sentences.get(sentences.size() - 1).end();
                text = text.substring(0, readTo);
                values[TEXT] = text;
                values[REASON] = RejectReason.UNREAD_AFTER + readTo;
            }
            if (built.gate().isRelevant(text)) {
                if (sentences == null) {
                    sentences = built.splitter().split(text);
                }
                SentenceAnnotator.Found found = annotator.annotate(sentences);
                values[ANNOTATIONS] = AnnotationColumn.toRow(sentences, found.places(), found.candidateSentences());
            }
            return RowFactory.create(values);
        }
    }
}
