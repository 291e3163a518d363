package org.casualtytrends.trends;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Monthly cells, month-over-month change and the three-month average, on literal events. */
class AggregateTrendsTest {
    private static Dataset<Row> events(String values) {
        return SharedSpark.get().sql("select country, province, province_code, cast(event_date as date) event_date, date_precision,"
                + " killed_low, killed_best, killed_high, injured_low, injured_best, injured_high, missing_best, captured_best,"
                + " killed_security_forces, killed_foreign_forces, killed_civilians, killed_militants, killed_unknown, article_ids"
                + " from values " + values + " as t(country, province, province_code, event_date, date_precision,"
                + " killed_low, killed_best, killed_high, injured_low, injured_best, injured_high, missing_best, captured_best,"
                + " killed_security_forces, killed_foreign_forces, killed_civilians, killed_militants, killed_unknown, article_ids)");
    }

    private static String event(String province, String code, String date, String precision, int killed, String... articles) {
        String ids = String.join(", ", java.util.Arrays.stream(articles).map(a -> "'" + a + "'").toList());
        String p = province == null ? "null" : "'" + province + "'";
        String c = code == null ? "null" : "'" + code + "'";
        return String.format("('AFG', %s, %s, '%s', '%s', %d, %d, %d, null, null, null, null, 1, %d, null, null, null, null, array(%s))",
                p, c, date, precision, killed, killed, killed + 1, killed, ids);
    }

    @Test
    void cellsChangesAndAverages() {
        Dataset<Row> events = events(String.join(", ",
                event("Kunduz", "AF19", "2021-01-10", "day", 4, "a1", "a2"),
                event("Kunduz", "AF19", "2021-01-20", "day", 2, "a2"),
                event("Kunduz", "AF19", "2021-02-15", "month", 3, "a3"),
                event("Kunduz", "AF19", "2021-04-02", "day", 6, "a4"),
                event("Kunduz", "AF19", "2021-07-01", "year", 9, "a5"),
                event(null, null, "2021-01-05", "day", 1, "a6")));
        List<String> rows = AggregateTrends.apply(events).collectAsList().stream()
                .map(r -> r.getAs("province") + " " + r.getAs("month") + " events=" + r.getAs("events")
                        + " killed=" + r.getAs("killed_low") + "/" + r.getAs("killed_best") + "/" + r.getAs("killed_high")
                        + " captured=" + r.getAs("captured") + " articles=" + r.getAs("articles")
                        + " change=" + r.getAs("killed_best_change") + " avg3=" + r.getAs("killed_best_3m_avg"))
                .toList();
        assertEquals(List.of(
                "null 2021-01-01 events=1 killed=1/1/2 captured=1 articles=1 change=1 avg3=0.3333333333333333",
                "Kunduz null events=1 killed=9/9/10 captured=1 articles=1 change=null avg3=null",
                "Kunduz 2021-01-01 events=2 killed=6/6/8 captured=2 articles=2 change=6 avg3=2.0",
                "Kunduz 2021-02-01 events=1 killed=3/3/4 captured=1 articles=1 change=-3 avg3=3.0",
                "Kunduz 2021-04-01 events=1 killed=6/6/7 captured=1 articles=1 change=6 avg3=3.0"), rows);
    }
}
