package org.casualtytrends.annotate;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
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
 * {@link SentenceSplitter}), which the Spark NLP annotators of {@link AnnotationPipeline}
 * tokenize and match against the gazetteer and the casualty cues ({@link SentenceAnnotator}); the
 * result is the {@link AnnotationColumn}. Other rows get a null there and cost only the gate. The
 * work on one article is {@link #annotate}, which evaluation also calls without Spark.
 * <p>
 * An accepted article longer than the ceiling ({@code casualty-trends.input.max-article-chars}) is
 * read up to the end of its last whole sentence before it: its text is cut there for the later
 * stages, and its {@code reject_reason} says where ({@link RejectReason#UNREAD_AFTER}{@code <offset>}).
 */
public final class AnnotateArticles {
    private AnnotateArticles() {
    }

    /**
     * Annotates each row; the annotators of {@code rules} ({@link SentenceAnnotator#of}) are built on the
     * driver and broadcast, so each executor receives them once.
     */
    public static Dataset<Row> apply(Dataset<Row> articles, RuleBundle rules, int maxChars) {
        Broadcast<BroadcastAnnotator> annotator = JavaSparkContext.fromSparkContext(articles.sparkSession().sparkContext())
                .broadcast(new BroadcastAnnotator(SentenceAnnotator.of(rules)));
        return articles.map(new Annotate(rules, annotator, maxChars), Encoders.row(Schemas.ANNOTATED_ARTICLE));
    }

    /**
     * An article after annotation: the text read (all of it, or up to the ceiling), its reject reason
     * ({@code unread_after:<offset>} when cut), and its {@link AnnotationColumn} value (null when it is
     * not accepted or does not pass the gate).
     */
    public record Annotated(String text, String rejectReason, Row annotations) {
    }

    /** The stage's whole work on one article, which the stage calls for each row. */
    public static Annotated annotate(String status, String text, String rejectReason, AnnotationRules rules,
            SentenceAnnotator annotator, int maxChars) {
        if (!ArticleStatus.ACCEPTED.code().equals(status)) {
            return new Annotated(text, rejectReason, null);
        }
        List<Sentence> sentences = null;
        String reason = rejectReason;
        if (text.length() > maxChars) {
            sentences = sentencesWithin(rules.splitter(), text, maxChars);
            int readTo = sentences.isEmpty() ? maxChars : sentences.get(sentences.size() - 1).end();
            text = text.substring(0, readTo);
            reason = RejectReason.UNREAD_AFTER + readTo;
        }
        if (!rules.gate().isRelevant(text)) {
            return new Annotated(text, reason, null);
        }
        if (sentences == null) {
            sentences = rules.splitter().split(text);
        }
        SentenceAnnotator.Found found = annotator.annotate(sentences);
        return new Annotated(text, reason, AnnotationColumn.toRow(sentences, found.places(), found.candidateSentences()));
    }

    /**
     * The sentences of {@code text} that lie wholly within its first {@code maxChars} characters
     * (the first, cut at the ceiling, when it alone is longer). The splitter sees only that much of it.
     */
    static List<Sentence> sentencesWithin(SentenceSplitter splitter, String text, int maxChars) {
        // Not between the two halves of a surrogate pair.
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        List<Sentence> sentences = splitter.split(text.substring(0, end));
        // The last may be cut, unless the text goes on with a line of its own.
        return sentences.size() > 1 && !startsLine(text, end) ? sentences.subList(0, sentences.size() - 1) : sentences;
    }

    private static boolean startsLine(String text, int at) {
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
        private final Broadcast<BroadcastAnnotator> annotator;
        private final int maxChars;

        Annotate(RuleBundle rules, Broadcast<BroadcastAnnotator> annotator, int maxChars) {
            this.rules = rules;
            this.annotator = annotator;
            this.maxChars = maxChars;
        }

        @Override
        public Row call(Row row) {
            Object[] values = SHAPE.values(row);
            Annotated annotated = annotate((String) values[STATUS], (String) values[TEXT], (String) values[REASON],
                    AnnotationRules.of(rules), annotator.value().get(), maxChars);
            values[TEXT] = annotated.text();
            values[REASON] = annotated.rejectReason();
            values[ANNOTATIONS] = annotated.annotations();
            return RowFactory.create(values);
        }
    }
}
