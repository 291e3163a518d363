package org.casualtytrends.extract;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.ArticleStatus;
import org.casualtytrends.model.Incident;
import org.casualtytrends.model.RejectReason;
import org.casualtytrends.tables.AnnotationColumn;
import org.casualtytrends.tables.IncidentRows;
import org.casualtytrends.tables.RowShape;
import org.casualtytrends.tables.Rows;
import org.casualtytrends.tables.Schemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 3: annotated articles to {@link Schemas#EXTRACTED_ARTICLE} rows: the article's columns
 * without its text and annotations, and the incidents the {@link IncidentExtractor} finds. An
 * article on which the rules fail is recorded as rejected ({@code extraction_failed}), not lost. The
 * work on one article is {@link #extract}, which evaluation also calls without Spark.
 */
public final class ExtractIncidents {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractIncidents.class);

    private ExtractIncidents() {
    }

    public static Dataset<Row> apply(Dataset<Row> annotated, RuleBundle rules) {
        return annotated.map(new Extract(rules), Encoders.row(Schemas.EXTRACTED_ARTICLE));
    }

    /** An article's status and reason after extraction, and its incidents (none when it was not annotated or the rules failed). */
    public record Extraction(String status, String rejectReason, List<Incident> incidents) {
    }

    /**
     * The stage's whole work on one article, which the stage calls for each row: the incidents of an
     * annotated article ({@code annotations} not null), or the article as it came.
     */
    public static Extraction extract(String articleId, LocalDate published, String text, String status, String rejectReason,
            Row annotations, IncidentExtractor extractor) {
        if (annotations == null) {
            return new Extraction(status, rejectReason, List.of());
        }
        try {
            return new Extraction(status, rejectReason,
                    extractor.extract(AnnotationColumn.document(articleId, published, text, annotations)));
        } catch (RuntimeException e) {
            LOG.warn("extraction failed on article {}: {}", articleId, e.toString());
            return new Extraction(ArticleStatus.REJECTED.code(), RejectReason.EXTRACTION_FAILED.code(), List.of());
        }
    }

    /** An annotated row to its extracted row; the rules are built on first use, once per JVM. */
    private static final class Extract implements MapFunction<Row, Row> {
        private static final StructType ANNOTATED = Schemas.ANNOTATED_ARTICLE;
        private static final RowShape SHAPE = new RowShape(ANNOTATED, Schemas.EXTRACTED_ARTICLE);
        private static final int ID = ANNOTATED.fieldIndex("article_id");
        private static final int PUBLISHED = ANNOTATED.fieldIndex("published_date");
        private static final int TEXT = ANNOTATED.fieldIndex("text");
        private static final int STATUS = ANNOTATED.fieldIndex("status");
        private static final int REASON = ANNOTATED.fieldIndex("reject_reason");
        private static final int ANNOTATIONS = ANNOTATED.fieldIndex(AnnotationColumn.NAME);
        private final RuleBundle rules;

        Extract(RuleBundle rules) {
            this.rules = rules;
        }

        @Override
        public Row call(Row row) {
            boolean annotated = !row.isNullAt(ANNOTATIONS);
            Extraction extraction = extract(row.getString(ID), annotated ? row.getDate(PUBLISHED).toLocalDate() : null,
                    row.getString(TEXT), row.getString(STATUS), row.getString(REASON), annotated ? row.getStruct(ANNOTATIONS) : null,
                    IncidentExtractor.of(rules));
            List<Row> incidents = new ArrayList<>(extraction.incidents().size());
            for (Incident incident : extraction.incidents()) {
                incidents.add(IncidentRows.toRow(incident));
            }
            Object[] values = SHAPE.values(row);
            values[SHAPE.index("status")] = extraction.status();
            values[SHAPE.index("reject_reason")] = extraction.rejectReason();
            values[SHAPE.index("n_incidents")] = incidents.size();
            values[SHAPE.index("incidents")] = Rows.seq(incidents);
            return RowFactory.create(values);
        }
    }
}
