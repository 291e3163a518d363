package org.casualtytrends.report;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * What an analyst should know before trusting the trends, counted by Spark over the whole tables
 * (one aggregate row each, or a row per status, reason or source type): inputs rejected and why,
 * incidents and events without a province or a precise date, and how much rests on claims.
 */
record DataQuality(List<LabelledCount> articles, List<LabelledCount> rejected, List<LabelledCount> gaps,
                   List<LabelledCount> claims) {

    static DataQuality of(Dataset<Row> articles, Dataset<Row> incidents, Dataset<Row> events) {
        List<LabelledCount> statuses = new ArrayList<>();
        List<LabelledCount> rejected = new ArrayList<>();
        Column reason = when(col("status").equalTo("rejected"), col("reject_reason"));
        for (Row r : articles.groupBy(col("status"), reason.as("reason")).count().orderBy(col("count").desc(), col("reason")).collectAsList()) {
            if (r.get(1) != null) {
                rejected.add(LabelledCount.of(r.getString(1), r.getString(1), r.getLong(2)));
            }
        }
        for (Row r : articles.groupBy("status").count().orderBy(col("count").desc()).collectAsList()) {
            statuses.add(LabelledCount.of(r.getString(0), r.getString(0), r.getLong(1)));
        }

        Column anyFigure = col("killed_best").isNotNull().or(col("injured_best").isNotNull())
                .or(col("missing_best").isNotNull()).or(col("captured_best").isNotNull());
        Row i = incidents.agg(count(lit(1)), countWhere(col("province").isNull()), countWhere(col("event_date").isNull()),
                countWhere(col("date_precision").equalTo("year")), countWhere(anyFigure),
                countWhere(anyFigure.and(col("best_rests_on_claim")))).first();
        Row e = events.agg(count(lit(1)), countWhere(col("province").isNull()), countWhere(col("date_precision").equalTo("year")),
                countWhere(col("best_rests_on_claim")), sum(coalesce(col("killed_best"), lit(0))),
                sum(when(col("best_rests_on_claim"), coalesce(col("killed_best"), lit(0))).otherwise(lit(0)))).first();
        long figures = 0;
        long fromClaims = 0;
        for (Row r : incidents.select(explode(col("evidence.source_type")).as("source_type")).groupBy("source_type").count().collectAsList()) {
            figures += r.getLong(1);
            fromClaims += "claim".equals(r.getString(0)) ? r.getLong(1) : 0;
        }
        List<LabelledCount> gaps = List.of(
                LabelledCount.share("incidents-no-province", "incidents without a province", i.getLong(1), i.getLong(0)),
                LabelledCount.share("incidents-no-date", "incidents without an event date", i.getLong(2), i.getLong(0)),
                LabelledCount.share("incidents-year-only", "incidents dated only to a year", i.getLong(3), i.getLong(0)),
                LabelledCount.share("events-no-province", "events without a province (not in the province charts)", e.getLong(1), e.getLong(0)),
                LabelledCount.share("events-year-only", "events dated only to a year (not in the monthly charts)", e.getLong(2), e.getLong(0)));
        List<LabelledCount> claims = List.of(
                LabelledCount.share("figures-claims", "figures (evidence items) that are a party's claim", fromClaims, figures),
                LabelledCount.share("incidents-claims", "incidents with a figure whose best rests only on claims", i.getLong(5), i.getLong(4)),
                LabelledCount.share("events-claims", "events whose best rests only on claims", e.getLong(3), e.getLong(0)),
                LabelledCount.share("killed-claims", "killed (best) in those events, of all killed (best)", e.getLong(5), e.getLong(4)));
        return new DataQuality(statuses, rejected, gaps, claims);
    }

    private static Column countWhere(Column condition) {
        return sum(when(condition, lit(1L)).otherwise(lit(0L)));
    }
}
