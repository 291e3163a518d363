package org.casualtytrends.report;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

/**
 * The monthly sums the charts draw, aggregated by Spark from {@code casualty_trends}: the whole
 * archive, and the provinces ranked by killed (best). Only these small results reach the driver:
 * one row per month, one per province, one per month of the provinces drawn.
 *
 * @param provinces the ranked provinces (at most the number asked for), largest first
 * @param provincesWithEvents how many provinces have a dated event, drawn or not
 */
record MonthlyFigures(YearMonth first, YearMonth last, Map<TrendKind, MonthlySeries> archive,
                      List<ProvinceFigures> provinces, int provincesWithEvents) {

    boolean isEmpty() {
        return first == null;
    }

    /** @param trends the {@code casualty_trends} table */
    static MonthlyFigures of(Dataset<Row> trends, int provinceCount) {
        // Events dated only to a year (month null) have no month to be drawn in; the data-quality view counts them.
        Dataset<Row> monthly = trends.where(col("month").isNotNull());
        List<Row> archiveRows = monthly.groupBy("month").agg(sums()[0], rest(sums())).collectAsList();
        if (archiveRows.isEmpty()) {
            return new MonthlyFigures(null, null, Map.of(), List.of(), 0);
        }
        YearMonth first = archiveRows.stream().map(r -> month(r.getAs("month"))).min(YearMonth::compareTo).orElseThrow();
        YearMonth last = archiveRows.stream().map(r -> month(r.getAs("month"))).max(YearMonth::compareTo).orElseThrow();

        Dataset<Row> placed = monthly.where(col("province_code").isNotNull());
        List<Row> ranking = placed.groupBy("province_code")
                .agg(max("province").as("province"), max("country").as("country"),
                        sum(coalesce(col("killed_best"), lit(0L))).as("killed"), sum("events").as("events"))
                .orderBy(col("killed").desc(), col("events").desc(), col("province_code"))
                .collectAsList();
        Set<String> countries = new LinkedHashSet<>();
        ranking.forEach(r -> countries.add(r.getAs("country")));
        List<Row> drawn = ranking.subList(0, Math.min(provinceCount, ranking.size()));
        Object[] codes = drawn.stream().map(r -> r.getAs("province_code")).toArray();
        Map<String, List<Row>> rowsByProvince = new HashMap<>();
        for (Row r : placed.where(col("province_code").isin(codes)).groupBy("province_code", "month")
                .agg(sums()[0], rest(sums())).collectAsList()) {
            rowsByProvince.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
        }
        List<ProvinceFigures> provinces = new ArrayList<>();
        for (Row r : drawn) {
            String code = r.getAs("province_code");
            String label = countries.size() > 1 ? r.getAs("province") + " (" + r.getAs("country") + ")" : r.getAs("province");
            provinces.add(new ProvinceFigures(code, label, r.<Long>getAs("killed"), r.<Long>getAs("events"),
                    series(label, rowsByProvince.getOrDefault(code, List.of()), first, last)));
        }
        return new MonthlyFigures(first, last, series("whole archive", archiveRows, first, last), provinces, ranking.size());
    }

    /** The summed columns, each kind's low, best and high in {@link TrendKind} order (a column once). */
    private static Column[] sums() {
        return columns().stream().map(c -> sum(coalesce(col(c), lit(0L))).as(c)).toArray(Column[]::new);
    }

    private static List<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        for (TrendKind kind : TrendKind.values()) {
            columns.add(kind.lowColumn);
            columns.add(kind.bestColumn);
            columns.add(kind.highColumn);
        }
        return new ArrayList<>(columns);
    }

    private static Column[] rest(Column[] columns) {
        return java.util.Arrays.copyOfRange(columns, 1, columns.length);
    }

    /** Series by kind from rows of a month and the sums; months without a row are 0 (no event). */
    private static Map<TrendKind, MonthlySeries> series(String label, List<Row> rows, YearMonth first, YearMonth last) {
        Map<YearMonth, Row> byMonth = new HashMap<>();
        rows.forEach(r -> byMonth.put(month(r.getAs("month")), r));
        Map<TrendKind, MonthlySeries> series = new EnumMap<>(TrendKind.class);
        for (TrendKind kind : TrendKind.values()) {
            List<MonthValue> values = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                Row r = byMonth.get(m);
                values.add(r == null ? new MonthValue(m, 0, 0, 0)
                        : new MonthValue(m, r.<Long>getAs(kind.lowColumn), r.<Long>getAs(kind.bestColumn), r.<Long>getAs(kind.highColumn)));
            }
            series.put(kind, new MonthlySeries(label, kind, values));
        }
        return series;
    }

    private static YearMonth month(Date date) {
        return YearMonth.from(date.toLocalDate());
    }
}
