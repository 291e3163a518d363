package org.casualtytrends.tables;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The columns of the output tables, documented in README.md ("Output tables"). */
public final class Schemas {
    private Schemas() {
    }

    /** The article columns a decoded input carries, before extraction. */
    public static final StructType RAW_ARTICLE = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("source_path", DataTypes.StringType, false)
            .add("published_date", DataTypes.DateType)
            .add("title", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("content_hash", DataTypes.StringType)
            .add("n_chars", DataTypes.IntegerType, false)
            .add("status", DataTypes.StringType, false)
            .add("reject_reason", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            // When the input file was last modified: which of two texts under one id is newer. Not written to the tables.
            .add("input_modified", DataTypes.TimestampType);

    /** A decoded article with the annotation stage's {@link AnnotationColumn} (null when not annotated). */
    public static final StructType ANNOTATED_ARTICLE = RAW_ARTICLE.add(AnnotationColumn.NAME, AnnotationColumn.TYPE, true);

    public static final StructType EVIDENCE = new StructType()
            .add("sentence", DataTypes.StringType)
            .add("begin", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType)
            .add("kind", DataTypes.StringType)
            .add("value", DataTypes.IntegerType)
            .add("operator", DataTypes.StringType)
            .add("source_type", DataTypes.StringType)
            .add("source_text", DataTypes.StringType)
            .add("victim_group", DataTypes.StringType);

    /** The incident fields of CODEBOOK.md section 2, named as the incidents table names them. */
    public static final StructType INCIDENT = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("incident_id", DataTypes.StringType, false)
            .add("event_date", DataTypes.DateType)
            .add("date_start", DataTypes.DateType)
            .add("date_end", DataTypes.DateType)
            .add("date_precision", DataTypes.StringType)
            .add("country", DataTypes.StringType)
            .add("province", DataTypes.StringType)
            .add("province_code", DataTypes.StringType)
            .add("district", DataTypes.StringType)
            .add("district_code", DataTypes.StringType)
            .add("location_precision", DataTypes.StringType)
            .add("event_type", DataTypes.StringType)
            .add("perpetrator", DataTypes.StringType)
            .add("killed_low", DataTypes.IntegerType)
            .add("killed_best", DataTypes.IntegerType)
            .add("killed_high", DataTypes.IntegerType)
            .add("injured_low", DataTypes.IntegerType)
            .add("injured_best", DataTypes.IntegerType)
            .add("injured_high", DataTypes.IntegerType)
            .add("missing_best", DataTypes.IntegerType)
            .add("captured_best", DataTypes.IntegerType)
            .add("killed_security_forces", DataTypes.IntegerType)
            .add("killed_foreign_forces", DataTypes.IntegerType)
            .add("killed_civilians", DataTypes.IntegerType)
            .add("killed_militants", DataTypes.IntegerType)
            .add("killed_unknown", DataTypes.IntegerType)
            .add("best_rests_on_claim", DataTypes.BooleanType, false)
            .add("disputed", DataTypes.BooleanType, false)
            .add("is_primary", DataTypes.BooleanType, false)
            .add("evidence", DataTypes.createArrayType(EVIDENCE));

    public static final DataType INCIDENTS = new ArrayType(INCIDENT, false);

    /** An article after extraction: its columns without the text, and the incidents found in it. */
    public static final StructType EXTRACTED_ARTICLE = withoutText(RAW_ARTICLE)
            .add("n_incidents", DataTypes.IntegerType, false)
            .add("incidents", INCIDENTS);

    /** One event: the merged incident fields and its reports ({@code events} table, before its year column). */
    public static final StructType EVENT = without(new StructType().add("event_id", DataTypes.StringType, false), INCIDENT,
            "article_id", "incident_id")
            // As the incidents table has it after the incident fields: here the founding (earliest) report's.
            .add("published_date", DataTypes.DateType)
            .add("n_reports", DataTypes.IntegerType, false)
            .add("n_articles", DataTypes.IntegerType, false)
            .add("first_reported", DataTypes.DateType)
            .add("last_reported", DataTypes.DateType)
            .add("report_ids", DataTypes.createArrayType(DataTypes.StringType))
            .add("article_ids", DataTypes.createArrayType(DataTypes.StringType));

    private static StructType withoutText(StructType schema) {
        return without(new StructType(), schema, "text");
    }

    private static StructType without(StructType start, StructType schema, String... dropped) {
        StructType result = start;
        for (var field : schema.fields()) {
            if (!java.util.Arrays.asList(dropped).contains(field.name())) {
                result = result.add(field);
            }
        }
        return result;
    }
}
