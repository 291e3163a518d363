package org.casualtytrends.extract;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.ArticleStatus;
import org.casualtytrends.model.Incident;
import org.casualtytrends.tables.AnnotationColumn;
import org.casualtytrends.tables.IncidentRows;
import org.casualtytrends.tables.Rows;
import org.casualtytrends.tables.Schemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Stage 3: annotated articles to {@link Schemas#EXTRACTED_ARTICLE} rows: the article's columns
 * without its text and annotations, and the incidents the {@link IncidentExtractor} finds. An
 * article on which the rules fail is recorded as rejected ({@code extraction_failed}), not lost. The
 * work on one article is {@link #extract}, which evaluation also calls without Spark.
 */
public final class ExtractIncidents {
    public static final String EXTRACTION_FAILED = "extraction_failed";
    private static final Logger LOG = LoggerFactory.getLogger(ExtractIncidents.class);

    private ExtractIncidents() {
    }

    public static Dataset<Row> apply(Dataset<Row> annotated, RuleBundle rules) {
        return annotated.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new Extracted(rows, IncidentExtractor.of(rules)),
                Encoders.row(Schemas.EXTRACTED_ARTICLE));
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
            return new Extraction(ArticleStatus.REJECTED.code(), EXTRACTION_FAILED, List.of());
        }
    }

    private static final class Extracted implements Iterator<Row> {
        private static final StructType RAW = Schemas.RAW_ARTICLE;
        private static final int ID = RAW.fieldIndex("article_id");
        private static final int PUBLISHED = RAW.fieldIndex("published_date");
        private static final int STATUS = RAW.fieldIndex("status");
        private static final int REASON = RAW.fieldIndex("reject_reason");
        private static final int TEXT = RAW.fieldIndex("text");
        private static final int ANNOTATIONS = Schemas.ANNOTATED_ARTICLE.fieldIndex(AnnotationColumn.NAME);
        private final Iterator<Row> rows;
        private final IncidentExtractor extractor;

        Extracted(Iterator<Row> rows, IncidentExtractor extractor) {
            this.rows = rows;
            this.extractor = extractor;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Row next() {
            Row row = rows.next();
            boolean annotated = !row.isNullAt(ANNOTATIONS);
            Extraction extraction = extract(row.getString(ID), annotated ? row.getDate(PUBLISHED).toLocalDate() : null,
                    row.getString(TEXT), row.getString(STATUS), row.getString(REASON), annotated ? row.getStruct(ANNOTATIONS) : null,
                    extractor);
            List<Row> incidents = new ArrayList<>(extraction.incidents().size());
            for (Incident incident : extraction.incidents()) {
                incidents.add(IncidentRows.toRow(incident));
            }
            Object[] values = new Object[Schemas.EXTRACTED_ARTICLE.size()];
            int out = 0;
            for (int i = 0; i < RAW.size(); i++) {
                if (i != TEXT) {
                    values[out++] = i == STATUS ? extraction.status() : i == REASON ? extraction.rejectReason() : row.get(i);
                }
            }
            values[out++] = incidents.size();
            values[out] = Rows.seq(incidents);
            return RowFactory.create(values);
        }
    }
}
