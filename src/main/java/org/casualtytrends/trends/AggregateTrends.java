package org.casualtytrends.trends;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

/**
 * Stage 6: events to {@code casualty_trends}, one row per country, province and calendar month of
 * {@code event_date} (CODEBOOK.md section 7). Events dated only to a year get {@code month = null}
 * in their year's row of their own; events with no province get {@code province = null}: counted,
 * never spread or guessed.
 */
public final class AggregateTrends {
    private static final String[] SUMMED = {"killed_low", "killed_best", "killed_high", "injured_low", "injured_best",
            "injured_high", "killed_security_forces", "killed_foreign_forces", "killed_civilians", "killed_militants",
            "killed_unknown"};

    private AggregateTrends() {
    }

    public static Dataset<Row> apply(Dataset<Row> events) {
        Column month = when(col("date_precision").equalTo("year"), lit(null).cast("date"))
                .otherwise(trunc(col("event_date"), "month"));
        Dataset<Row> keyed = events
                .withColumn("year", year(col("event_date")))
                .withColumn("month", month);
        String[] keys = {"country", "province", "province_code", "year", "month"};
        Column[] aggregates = new Column[SUMMED.length + 4];
        aggregates[0] = count(lit(1)).as("events");
        for (int i = 0; i < SUMMED.length; i++) {
            aggregates[i + 1] = sum(col(SUMMED[i])).cast("long").as(SUMMED[i]);
        }
        aggregates[SUMMED.length + 1] = sum(col("missing_best")).cast("long").as("missing");
        aggregates[SUMMED.length + 2] = sum(col("captured_best")).cast("long").as("captured");
        aggregates[SUMMED.length + 3] = size(array_distinct(flatten(collect_list(col("article_ids"))))).cast("long").as("articles");
        Dataset<Row> cells = keyed
                .groupBy(keys[0], keys[1], keys[2], keys[3], keys[4])
                .agg(aggregates[0], java.util.Arrays.copyOfRange(aggregates, 1, aggregates.length));
        return withMonthOverMonth(cells);
    }

    /**
     * {@code killed_best_change} against the previous calendar month of the same province (null when
     * absent), over the cells in one partition: a few rows per province and month, which the window and
     * the final order then take without another shuffle (a global sort would sample them first).
     */
    private static Dataset<Row> withMonthOverMonth(Dataset<Row> cells) {
        WindowSpec byPlace = Window.partitionBy(col("country"), col("province_code"), col("month").isNull())
                .orderBy(col("month"));
        Column previousMonth = lag(col("month"), 1).over(byPlace);
        Column previousKilled = lag(col("killed_best"), 1).over(byPlace);
        Column consecutive = previousMonth.equalTo(add_months(col("month"), -1));
        return cells.coalesce(1)
                .withColumn("killed_best_change", when(col("month").isNotNull(),
                        col("killed_best").minus(when(consecutive, previousKilled).otherwise(lit(0L)))))
                .withColumn("killed_best_3m_avg", when(col("month").isNotNull(), threeMonthAverage(byPlace)))
                .sortWithinPartitions(col("country"), col("province"), col("year"), col("month"));
    }

    /** Mean of killed_best over this month and the two before it, months without events counting as 0. */
    private static Column threeMonthAverage(WindowSpec byPlace) {
        Column m = col("month");
        Column k = when(col("killed_best").isNull(), lit(0L)).otherwise(col("killed_best"));
        Column prev1 = lag(struct2(m, k), 1).over(byPlace);
        Column prev2 = lag(struct2(m, k), 2).over(byPlace);
        Column p1 = when(prev1.getField("m").geq(add_months(m, -2)), prev1.getField("k")).otherwise(lit(0L));
        Column p2 = when(prev2.getField("m").geq(add_months(m, -2)), prev2.getField("k")).otherwise(lit(0L));
        return k.plus(p1).plus(p2).divide(lit(3.0));
    }

    private static Column struct2(Column m, Column k) {
        return org.apache.spark.sql.functions.struct(m.as("m"), k.as("k"));
    }
}
