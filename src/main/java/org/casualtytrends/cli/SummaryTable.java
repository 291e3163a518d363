package org.casualtytrends.cli;

import org.casualtytrends.pipeline.CasualtyTrendsPipeline;
import org.casualtytrends.pipeline.RunSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The summary {@code run} prints: counts and time per step as a two-column table, durations in
 * seconds. The manifest ({@code _runs/<run id>.json}) keeps the same figures for machines, in
 * milliseconds.
 */
final class SummaryTable {
    private SummaryTable() {
    }

    static String of(RunSummary run) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("articles read", count(run.read())));
        if (run.incremental()) {
            rows.add(row("  seen in earlier runs (skipped)", count(run.skippedAsSeen())));
        }
        rows.add(row("  accepted", count(run.accepted())));
        rows.add(row("  rejected", count(run.rejected())));
        run.rejectedByReason().forEach((reason, n) -> rows.add(row("    " + reason, count(n))));
        rows.add(row("  duplicates", count(run.duplicates())));
        rows.add(row("incidents", count(run.incidents())));
        rows.add(row("events", count(run.events())));
        rows.add(row("casualty_trends rows", count(run.trendRows())));
        rows.add(row("", ""));
        rows.add(row("time", ""));
        for (Map.Entry<String, Long> step : run.millisByStep().entrySet()) {
            rows.add(row("  " + step.getKey(), String.format(Locale.ROOT, "%.1f s", step.getValue() / 1000.0)));
        }
        int labels = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int values = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        StringBuilder s = new StringBuilder("run ").append(run.runId()).append(" -> ").append(run.output()).append("\n\n");
        for (String[] r : rows) {
            s.append(r[1].isEmpty() ? r[0] : String.format("%-" + labels + "s  %" + values + "s", r[0], r[1]).stripTrailing()).append('\n');
        }
        s.append("\ntables:");
        for (String table : CasualtyTrendsPipeline.TABLES) {
            s.append(' ').append(run.output()).append('/').append(table);
        }
        return s.append('\n').toString();
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
