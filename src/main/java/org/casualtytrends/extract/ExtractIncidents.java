package org.casualtytrends.extract;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.ArticleStatus;
import org.casualtytrends.model.Incident;
import org.casualtytrends.tables.AnnotationColumn;
import org.casualtytrends.tables.IncidentRows;
import org.casualtytrends.tables.Rows;
import org.casualtytrends.tables.Schemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Stage 3: annotated articles to {@link Schemas#EXTRACTED_ARTICLE} rows: the article's columns
 * without its text and annotations, and the incidents the {@link IncidentExtractor} finds. An
 * article on which the rules fail is recorded as rejected ({@code extraction_failed}), not lost.
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
            List<Row> incidents = new ArrayList<>();
            String status = row.getString(STATUS);
            String reason = row.getString(REASON);
            if (!row.isNullAt(ANNOTATIONS)) {
                try {
                    AnnotatedDocument doc = AnnotationColumn.document(row.getString(ID), row.getDate(PUBLISHED).toLocalDate(),
                            row.getString(TEXT), row.getStruct(ANNOTATIONS));
                    for (Incident incident : extractor.extract(doc)) {
                        incidents.add(IncidentRows.toRow(incident));
                    }
                } catch (RuntimeException e) {
                    LOG.warn("extraction failed on article {}: {}", row.getString(ID), e.toString());
                    incidents.clear();
                    status = ArticleStatus.REJECTED.code();
                    reason = EXTRACTION_FAILED;
                }
            }
            Object[] values = new Object[Schemas.EXTRACTED_ARTICLE.size()];
            int out = 0;
            for (int i = 0; i < RAW.size(); i++) {
                if (i != TEXT) {
                    values[out++] = i == STATUS ? status : i == REASON ? reason : row.get(i);
                }
            }
            values[out++] = incidents.size();
            values[out] = Rows.seq(incidents);
            return RowFactory.create(values);
        }
    }
}
