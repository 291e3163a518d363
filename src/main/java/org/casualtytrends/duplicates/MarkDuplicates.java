package org.casualtytrends.duplicates;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.not;
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
 * where a full run over the same articles would. {@link #setAside(List)} takes the same decisions
 * over keys held in memory (evaluation sets), without Spark.
 */
public final class MarkDuplicates {
    public static final String DUPLICATE = "duplicate";
    public static final String ID_CONFLICT = "article_id_conflict";
    static final String ROW = "_row";

    private MarkDuplicates() {
    }

    /**
     * Numbers the rows for {@link #decisions} and {@link #apply}. Take the numbers once and keep the
     * numbered rows (write or persist them): a recomputation is not bound to number them alike.
     */
    public static Dataset<Row> numbered(Dataset<Row> articles) {
        return articles.withColumn(ROW, monotonically_increasing_id());
    }

    /**
     * The rows whose status or reason changes ({@code _row, status, reject_reason}), decided on the
     * key columns alone: the shuffles and sorts carry a few short strings per article, not the articles.
     */
    public static Dataset<Row> decisions(Dataset<Row> numbered) {
        Dataset<Row> base = numbered.select(col(ROW), col("article_id"), col("source_path"), col("content_hash"),
                        col("status").as("_old_status"), col("reject_reason").as("_old_reason"))
                .withColumn("reject_reason", when(col("_old_status").equalTo(DUPLICATE), lit(null).cast("string")).otherwise(col("_old_reason")))
                .withColumn("status", when(col("_old_status").isin("accepted", DUPLICATE), lit("accepted")).otherwise(col("_old_status")));

        WindowSpec sameText = Window.partitionBy(col("status"), col("content_hash")).orderBy(col("article_id"), col("source_path"));
        Column duplicate = col("status").equalTo("accepted").and(row_number().over(sameText).gt(1));
        Dataset<Row> texts = base
                .withColumn("_first", first(col("article_id")).over(sameText))
                .withColumn("_duplicate", duplicate);

        // Among the first copies of each text, one text per article id.
        WindowSpec sameId = Window.partitionBy(col("status"), col("_duplicate"), col("article_id")).orderBy(col("content_hash"));
        Column conflict = col("status").equalTo("accepted").and(col("_duplicate").equalTo(false))
                .and(row_number().over(sameId).gt(1));
        Dataset<Row> decided = texts
                .withColumn("_conflict", conflict)
                .withColumn("reject_reason", when(col("_duplicate"), concat(lit("duplicate_of:"), col("_first")))
                        .when(col("_conflict"), lit(ID_CONFLICT))
                        .otherwise(col("reject_reason")))
                .withColumn("status", when(col("_duplicate"), lit(DUPLICATE))
                        .when(col("_conflict"), lit("rejected"))
                        .otherwise(col("status")));
        Column unchanged = col("status").equalTo(col("_old_status")).and(col("reject_reason").eqNullSafe(col("_old_reason")));
        return decided.where(not(unchanged)).select(ROW, "status", "reject_reason");
    }

    /** The numbered articles with the decisions taken, without their numbers; a copy set aside keeps no incidents. */
    public static Dataset<Row> apply(Dataset<Row> numbered, Dataset<Row> decisions) {
        Dataset<Row> decided = decisions.select(col(ROW), col("status").as("_status"), col("reject_reason").as("_reason"));
        Column isDecided = col("_status").isNotNull();
        Column setAside = col("_status").equalTo(DUPLICATE).or(col("_reason").equalTo(ID_CONFLICT));
        List<Column> columns = new ArrayList<>();
        for (String name : numbered.columns()) {
            Column value = switch (name) {
                case "status" -> when(isDecided, col("_status")).otherwise(col(name));
                case "reject_reason" -> when(isDecided, col("_reason")).otherwise(col(name));
                case "n_incidents" -> when(setAside, lit(0)).otherwise(col(name));
                case "incidents" -> when(setAside, lit(null)).otherwise(col(name));
                default -> col(name);
            };
            if (!name.equals(ROW)) {
                columns.add(value.as(name));
            }
        }
        return numbered.join(decided, numbered.col(ROW).equalTo(decided.col(ROW)), "left_outer")
                .drop(decided.col(ROW))
                .select(columns.toArray(Column[]::new));
    }

    /** The columns the decisions read, of one article. */
    public record ArticleKey(String articleId, String sourcePath, String contentHash, String status) {
        boolean accepted() {
            return "accepted".equals(status) || DUPLICATE.equals(status);
        }
    }

    /**
     * The indexes of the articles that {@link #apply} sets aside (a later copy of a text, or the second
     * text under one id), decided in memory by the rule of {@link #decisions}: same orders (strings
     * compared as Spark compares them, by their UTF-8 bytes), same choices.
     */
    public static Set<Integer> setAside(List<ArticleKey> keys) {
        Comparator<String> spark = Comparator.comparing(s -> s.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).accepted()) {
                accepted.add(i);
            }
        }
        accepted.sort(Comparator.comparing((Integer i) -> keys.get(i).articleId(), spark)
                .thenComparing(i -> keys.get(i).sourcePath(), spark));
        Set<Integer> setAside = new TreeSet<>();
        Map<String, Integer> firstOfText = new HashMap<>();
        for (int i : accepted) {
            if (firstOfText.putIfAbsent(keys.get(i).contentHash(), i) != null) {
                setAside.add(i);
            }
        }
        Map<String, Integer> textOfId = new HashMap<>();
        for (int i : firstOfText.values()) {
            Integer other = textOfId.putIfAbsent(keys.get(i).articleId(), i);
            if (other != null) {
                boolean keepsThis = spark.compare(keys.get(i).contentHash(), keys.get(other).contentHash()) < 0;
                setAside.add(keepsThis ? other : i);
                if (keepsThis) {
                    textOfId.put(keys.get(i).articleId(), i);
                }
            }
        }
        return setAside;
    }
}
