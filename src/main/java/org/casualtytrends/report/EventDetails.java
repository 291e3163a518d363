package org.casualtytrends.report;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The largest events and the largest disputed ones, each with the figures of its reports and their
 * sentences. Spark picks the top events (a top-N, not a sort of the table) and the incidents that
 * are their reports; only those rows reach the driver. Evidence is read from the incidents rather
 * than the event, because an incident knows its article, which the offsets point into.
 */
record EventDetails(List<EventView> largest, List<EventView> disputed) {
    /** Reports shown per event, the earliest published first: a much reported event would fill the page. */
    static final int REPORTS_SHOWN = 6;
    private static final List<String> SOURCE_ORDER = List.of("official", "media", "witness", "claim");
    private static final String[] EVENT_COLUMNS = {"event_id", "event_date", "date_precision", "country", "province",
            "district", "event_type", "perpetrator", "killed_low", "killed_best", "killed_high", "injured_low",
            "injured_best", "injured_high", "captured_best", "best_rests_on_claim", "disputed", "n_reports",
            "n_articles", "first_reported", "last_reported", "report_ids"};

    static EventDetails of(Dataset<Row> events, Dataset<Row> incidents, int count) {
        Column[] largestFirst = {coalesce(col("killed_best"), lit(0)).desc(), coalesce(col("killed_high"), lit(0)).desc(),
                coalesce(col("injured_best"), lit(0)).desc(), col("event_id")};
        Dataset<Row> picked = events.select(EVENT_COLUMNS[0], java.util.Arrays.copyOfRange(EVENT_COLUMNS, 1, EVENT_COLUMNS.length));
        List<Row> largest = picked.orderBy(largestFirst).limit(count).collectAsList();
        List<Row> disputed = picked.where(col("disputed")).orderBy(largestFirst).limit(count).collectAsList();

        Set<Object> reportIds = new LinkedHashSet<>();
        for (List<Row> list : List.of(largest, disputed)) {
            list.forEach(r -> reportIds.addAll(r.getList(r.fieldIndex("report_ids"))));
        }
        Map<String, Row> reports = new HashMap<>();
        if (!reportIds.isEmpty()) {
            for (Row r : incidents.where(col("incident_id").isin(reportIds.toArray()))
                    .select("incident_id", "article_id", "published_date", "evidence").collectAsList()) {
                reports.put(r.getAs("incident_id"), r);
            }
        }
        return new EventDetails(views(largest, reports), views(disputed, reports));
    }

    private static List<EventView> views(List<Row> events, Map<String, Row> reports) {
        List<EventView> views = new ArrayList<>();
        for (Row e : events) {
            List<Row> own = new ArrayList<>();
            for (Object id : e.getList(e.fieldIndex("report_ids"))) {
                Row report = reports.get((String) id);
                if (report != null) {
                    own.add(report);
                }
            }
            own.sort(Comparator.comparing((Row r) -> String.valueOf(r.<Object>getAs("published_date")))
                    .thenComparing(r -> r.<String>getAs("incident_id")));
            List<Row> shown = own.subList(0, Math.min(REPORTS_SHOWN, own.size()));
            views.add(new EventView(e.getAs("event_id"),
                    e.getAs("event_date") + " (" + e.getAs("date_precision") + ")",
                    place(e), e.getAs("event_type"), e.getAs("perpetrator"),
                    range(e, "killed_low", "killed_best", "killed_high"),
                    range(e, "injured_low", "injured_best", "injured_high"),
                    range(e, "captured_best", "captured_best", "captured_best"),
                    plural(e.<Integer>getAs("n_reports"), "report") + " in " + plural(e.<Integer>getAs("n_articles"), "article")
                            + ", first published " + e.getAs("first_reported") + ", last " + e.getAs("last_reported"),
                    e.getAs("disputed"), e.getAs("best_rests_on_claim"), evidence(shown), more(own.size() - shown.size())));
        }
        return views;
    }

    /**
     * The evidence of the reports, by source type (official, media, witness, claim), then as the
     * reports are ordered; the figures one source gives in one sentence share a line.
     */
    private static List<EvidenceLine> evidence(List<Row> reports) {
        record Said(Row report, String sourceType, String sourceText, String sentence) {
        }
        Map<Said, List<Row>> figures = new LinkedHashMap<>();
        for (Row report : reports) {
            if (!report.isNullAt(report.fieldIndex("evidence"))) {
                for (Row figure : report.<Row>getList(report.fieldIndex("evidence"))) {
                    Said said = new Said(report, figure.getAs("source_type"), figure.getAs("source_text"), figure.getAs("sentence"));
                    figures.computeIfAbsent(said, k -> new ArrayList<>()).add(figure);
                }
            }
        }
        List<EvidenceLine> lines = new ArrayList<>();
        figures.keySet().stream().sorted(Comparator.comparingInt(s -> sourceRank(s.sourceType()))).forEach(said -> {
            List<String> what = new ArrayList<>();
            List<String> where = new ArrayList<>();
            for (Row f : figures.get(said)) {
                String victims = f.getAs("victim_group");
                what.add(f.getAs("kind") + " " + operator(f.getAs("operator")) + f.getAs("value") + (victims == null ? "" : " (" + victims + ")"));
                where.add(f.getAs("begin") + "-" + f.getAs("end"));
            }
            lines.add(new EvidenceLine(said.sourceType() + (said.sourceText() == null ? "" : ": " + said.sourceText()),
                    String.join("; ", what),
                    said.report().getAs("article_id") + ", published " + said.report().getAs("published_date"),
                    "characters " + String.join(", ", where), said.sentence()));
        });
        return lines;
    }

    private static String more(int notShown) {
        return notShown == 0 ? null : "The evidence of " + plural(notShown, "later report")
                + " is not shown here (the event's report_ids in the events table name them).";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static int sourceRank(String sourceType) {
        int rank = SOURCE_ORDER.indexOf(sourceType);
        return rank < 0 ? SOURCE_ORDER.size() : rank;
    }

    private static String operator(String operator) {
        return operator == null || operator.equals("exact") ? "" : operator.replace('_', ' ') + " ";
    }

    private static String place(Row e) {
        List<String> parts = new ArrayList<>();
        for (String column : new String[] {"district", "province", "country"}) {
            if (e.getAs(column) != null) {
                parts.add(e.getAs(column));
            }
        }
        return String.join(", ", parts);
    }

    /** "7 (3-11)": the best, and the low-high range when it is wider than the best; "-" when no figure. */
    private static String range(Row e, String low, String best, String high) {
        Integer b = e.getAs(best);
        if (b == null) {
            return "-";
        }
        Integer l = e.getAs(low);
        Integer h = e.getAs(high);
        return (l == null || h == null) || (l.equals(b) && h.equals(b)) ? b.toString() : b + " (" + l + "-" + h + ")";
    }
}
