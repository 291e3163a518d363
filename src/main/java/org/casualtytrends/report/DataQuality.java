package org.casualtytrends.report;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.casualtytrends.model.ArticleStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * What an analyst should know before trusting the trends, counted by Spark over the whole tables
 * (one aggregate row each, and a row per status and reason): inputs rejected and why,
 * incidents and events without a province or a precise date, and how much rests on claims.
 */
record DataQuality(List<LabelledCount> articles, List<LabelledCount> rejected, List<LabelledCount> gaps,
                   List<LabelledCount> claims, long disputedEvents) {

    static DataQuality of(Dataset<Row> articles, Dataset<Row> incidents, Dataset<Row> events) {
        Map<String, Long> byStatus = new TreeMap<>();
        List<LabelledCount> rejected = new ArrayList<>();
        Column reason = when(col("status").equalTo(ArticleStatus.REJECTED.code()), col("reject_reason"));
        for (Row r : articles.groupBy(col("status"), reason.as("reason")).count().orderBy(col("count").desc(), col("reason")).collectAsList()) {
            byStatus.merge(r.getString(0), r.getLong(2), Long::sum);
            if (r.get(1) != null) {
                rejected.add(LabelledCount.of(r.getString(1), r.getString(1), r.getLong(2)));
            }
        }
        List<LabelledCount> statuses = new ArrayList<>();
        byStatus.forEach((status, n) -> statuses.add(LabelledCount.of(status, status, n)));

        Column anyFigure = col("killed_best").isNotNull().or(col("injured_best").isNotNull())
                .or(col("missing_best").isNotNull()).or(col("captured_best").isNotNull());
        Column figures = coalesce(size(col("evidence")), lit(0));
        Column claims = coalesce(size(filter(col("evidence"), f -> f.getField("source_type").equalTo("claim"))), lit(0));
        Row i = incidents.agg(count(lit(1)), countWhere(col("province").isNull()), countWhere(col("event_date").isNull()),
                countWhere(col("date_precision").equalTo("year")), countWhere(anyFigure),
                countWhere(anyFigure.and(col("best_rests_on_claim"))), sum(figures), sum(claims)).first();
        Row e = events.agg(count(lit(1)), countWhere(col("province").isNull()), countWhere(col("date_precision").equalTo("year")),
                countWhere(col("best_rests_on_claim")), sum(coalesce(col("killed_best"), lit(0))),
                sum(when(col("best_rests_on_claim"), coalesce(col("killed_best"), lit(0))).otherwise(lit(0))),
                countWhere(col("disputed"))).first();
        List<LabelledCount> gaps = List.of(
                LabelledCount.share("incidents-no-province", "incidents without a province", i.getLong(1), i.getLong(0)),
                LabelledCount.share("incidents-no-date", "incidents without an event date", i.getLong(2), i.getLong(0)),
                LabelledCount.share("incidents-year-only", "incidents dated only to a year", i.getLong(3), i.getLong(0)),
                LabelledCount.share("events-no-province", "events without a province (not in the province charts)", e.getLong(1), e.getLong(0)),
                LabelledCount.share("events-year-only", "events dated only to a year (not in the monthly charts)", e.getLong(2), e.getLong(0)));
        List<LabelledCount> claimed = List.of(
                LabelledCount.share("figures-claims", "figures (evidence items) that are a party's claim", longOrZero(i, 7), longOrZero(i, 6)),
                LabelledCount.share("incidents-claims", "incidents with a figure whose best rests only on claims", i.getLong(5), i.getLong(4)),
                LabelledCount.share("events-claims", "events whose best rests only on claims", e.getLong(3), e.getLong(0)),
                LabelledCount.share("killed-claims", "killed (best) in those events, of all killed (best)", longOrZero(e, 5), longOrZero(e, 4)),
                LabelledCount.share("events-disputed", "events whose sources give different figures", e.getLong(6), e.getLong(0)));
        return new DataQuality(statuses, rejected, gaps, claimed, e.getLong(6));
    }

    /** A sum over no rows is null. */
    private static long longOrZero(Row r, int i) {
        return r.isNullAt(i) ? 0 : r.getLong(i);
    }

    private static Column countWhere(Column condition) {
        return coalesce(sum(when(condition, lit(1L)).otherwise(lit(0L))), lit(0L));
    }
}
