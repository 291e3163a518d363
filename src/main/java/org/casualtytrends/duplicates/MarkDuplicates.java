package org.casualtytrends.duplicates;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

/**
 * Stage 4: each text and each article id counts once among accepted articles.
 * <ul>
 * <li>The same text met twice (same content hash): the first by article id, then source path, is
 * kept; the others become {@code status = duplicate}, {@code reject_reason = duplicate_of:<id>}.</li>
 * <li>Two different texts under one article id: the one with the smaller content hash is kept, the
 * other is rejected as {@code article_id_conflict} (give each version an id of its own).</li>
 * </ul>
 * Rows marked {@code duplicate} by an earlier run are decided again, so an incremental run ends
 * where a full run over the same articles would. Runs on rows without their text: the shuffle is small.
 */
public final class MarkDuplicates {
    public static final String DUPLICATE = "duplicate";
    public static final String ID_CONFLICT = "article_id_conflict";

    private MarkDuplicates() {
    }

    public static Dataset<Row> apply(Dataset<Row> articles) {
        Column wasAccepted = col("status").isin("accepted", DUPLICATE);
        Dataset<Row> base = articles
                .withColumn("reject_reason", when(col("status").equalTo(DUPLICATE), lit(null).cast("string")).otherwise(col("reject_reason")))
                .withColumn("status", when(wasAccepted, lit("accepted")).otherwise(col("status")));

        WindowSpec sameText = Window.partitionBy(col("status"), col("content_hash")).orderBy(col("article_id"), col("source_path"));
        Column duplicate = col("status").equalTo("accepted").and(row_number().over(sameText).gt(1));
        Dataset<Row> texts = base
                .withColumn("_first", first(col("article_id")).over(sameText))
                .withColumn("_duplicate", duplicate);

        // Among the first copies of each text, one text per article id.
        WindowSpec sameId = Window.partitionBy(col("status"), col("_duplicate"), col("article_id")).orderBy(col("content_hash"));
        Column conflict = col("status").equalTo("accepted").and(col("_duplicate").equalTo(false))
                .and(row_number().over(sameId).gt(1));
        return texts
                .withColumn("_conflict", conflict)
                .withColumn("reject_reason", when(col("_duplicate"), concat(lit("duplicate_of:"), col("_first")))
                        .when(col("_conflict"), lit(ID_CONFLICT))
                        .otherwise(col("reject_reason")))
                .withColumn("status", when(col("_duplicate"), lit(DUPLICATE))
                        .when(col("_conflict"), lit("rejected"))
                        .otherwise(col("status")))
                .withColumn("n_incidents", when(col("_duplicate").or(col("_conflict")), lit(0)).otherwise(col("n_incidents")))
                .withColumn("incidents", when(col("_duplicate").or(col("_conflict")), lit(null)).otherwise(col("incidents")))
                .drop("_first", "_duplicate", "_conflict");
    }
}
