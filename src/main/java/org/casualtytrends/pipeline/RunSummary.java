package org.casualtytrends.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What a run did: inputs, articles read by status and reason, incidents, events, time per step, the
 * Spark settings it ran with.
 * Printed at the end of a run (as a table, by the cli) and written as its manifest ({@code _runs/<run id>.json}).
 */
public record RunSummary(
        String runId,
        List<String> inputs,
        String output,
        String configHash,
        boolean incremental,
        long read,
        long skippedAsSeen,
        long accepted,
        long rejected,
        long duplicates,
        Map<String, Long> rejectedByReason,
        long incidents,
        long events,
        long trendRows,
        Map<String, Long> millisByStep,
        Map<String, String> spark,
        String exitStatus) {

    static RunSummary succeeded(RunRequest run, String configHash, ArticleCounts articles, long skipped,
                                long incidents, long events, long trendRows, Map<String, Long> millisByStep,
                                Map<String, String> spark) {
        return new RunSummary(run.runId(), run.inputs(), run.output(), configHash, run.incremental(), articles.read() + skipped,
                skipped, articles.accepted(), articles.rejected(), articles.duplicates(), articles.rejectedByReason(),
                incidents, events, trendRows, millisByStep, spark, "succeeded");
    }

    /** A failed run counts nothing but the articles it skipped as seen; its exit status names the failure. */
    static RunSummary failed(RunRequest run, String configHash, long skipped, Map<String, Long> millisByStep,
                             Map<String, String> spark, Exception e) {
        return new RunSummary(run.runId(), run.inputs(), run.output(), configHash, run.incremental(), 0, skipped, 0, 0, 0,
                Map.of(), 0, 0, 0, millisByStep, spark, "failed: " + e);
    }
}
