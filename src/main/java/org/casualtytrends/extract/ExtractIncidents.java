package org.casualtytrends.extract;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.AnnotatedDocument;
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

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 3: annotated articles to {@link Schemas#EXTRACTED_ARTICLE} rows: the article's columns
 * without its text and annotations, and the incidents the {@link IncidentExtractor} finds. An
 * article on which the rules fail is recorded as rejected ({@code extraction_failed}), not lost.
 */
public final class ExtractIncidents {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractIncidents.class);

    private ExtractIncidents() {
    }

    public static Dataset<Row> apply(Dataset<Row> annotated, RuleBundle rules) {
        return annotated.map(new Extract(rules), Encoders.row(Schemas.EXTRACTED_ARTICLE));
    }

    /** An annotated row to its extracted row; the rules are built on first use, once per JVM. */
    private static final class Extract implements MapFunction<Row, Row> {
        private static final StructType ANNOTATED = Schemas.ANNOTATED_ARTICLE;
        private static final RowShape SHAPE = new RowShape(ANNOTATED, Schemas.EXTRACTED_ARTICLE);
        private static final int ID = ANNOTATED.fieldIndex("article_id");
        private static final int PUBLISHED = ANNOTATED.fieldIndex("published_date");
        private static final int TEXT = ANNOTATED.fieldIndex("text");
        private static final int ANNOTATIONS = ANNOTATED.fieldIndex(AnnotationColumn.NAME);
        private final RuleBundle rules;

        Extract(RuleBundle rules) {
            this.rules = rules;
        }

        @Override
        public Row call(Row row) {
            Object[] values = SHAPE.values(row);
            List<Row> incidents = new ArrayList<>();
            if (!row.isNullAt(ANNOTATIONS)) {
                try {
                    AnnotatedDocument doc = AnnotationColumn.document(row.getString(ID), row.getDate(PUBLISHED).toLocalDate(),
                            row.getString(TEXT), row.getStruct(ANNOTATIONS));
                    for (Incident incident : IncidentExtractor.of(rules).extract(doc)) {
                        incidents.add(IncidentRows.toRow(incident));
                    }
                } catch (RuntimeException e) {
                    LOG.warn("extraction failed on article {}: {}", row.getString(ID), e.toString());
                    incidents.clear();
                    values[SHAPE.index("status")] = ArticleStatus.REJECTED.code();
                    values[SHAPE.index("reject_reason")] = RejectReason.EXTRACTION_FAILED.code();
                }
            }
            values[SHAPE.index("n_incidents")] = incidents.size();
            values[SHAPE.index("incidents")] = Rows.seq(incidents);
            return RowFactory.create(values);
        }
    }
}
