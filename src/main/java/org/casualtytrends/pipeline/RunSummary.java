package org.casualtytrends.pipeline;

import org.casualtytrends.ingest.InputListing;

import java.util.List;
import java.util.Map;

/**
 * What a run did: inputs, input paths skipped, articles read by status and reason, incidents,
 * events, time per step, the Spark settings it ran with, what the user should hear about
 * ({@code warnings}), and how it ended ({@code exitStatus}: {@code succeeded}, {@code failed: ...},
 * {@code refused: ...}). Printed at the end of a run (as a table, by the cli) and written as its manifest ({@code _runs/<run id>.json}).
 */
public record RunSummary(
        String runId,
        List<String> inputs,
        Map<String, Long> skippedInputs,
        Map<String, List<String>> skippedInputExamples,
        String output,
        String configHash,
        boolean incremental,
        long read,
        long skippedAsSeen,
        long accepted,
        long rejected,
        long duplicates,
        long partlyRead,
        Map<String, Long> rejectedByReason,
        long incidents,
        long events,
        long trendRows,
        Map<String, Long> millisByStep,
        Map<String, String> spark,
        List<String> warnings,
        String exitStatus) {

    static RunSummary succeeded(RunRequest run, InputListing listing, String configHash, ArticleCounts articles, long skipped,
                                long incidents, long events, long trendRows, Map<String, Long> millisByStep,
                                Map<String, String> spark, List<String> warnings) {
        return new RunSummary(run.runId(), run.inputs(), listing.skipped(), listing.skippedExamples(), run.output(), configHash,
                run.incremental(), articles.read() + skipped, skipped, articles.accepted(), articles.rejected(), articles.duplicates(),
                articles.partlyRead(), articles.rejectedByReason(), incidents, events, trendRows, millisByStep, spark, warnings, "succeeded");
    }

    /**
     * A run that ended without writing its tables counts nothing but the inputs it skipped when listing
     * them ({@code listing} null when it ended before) and the articles it skipped as seen.
     *
     * @param exitStatus {@code failed: <the exception>} or {@code refused: <why>}
     */
    static RunSummary ended(RunRequest run, InputListing listing, String configHash, long skipped, Map<String, Long> millisByStep,
                            Map<String, String> spark, List<String> warnings, String exitStatus) {
        return new RunSummary(run.runId(), run.inputs(), listing == null ? Map.of() : listing.skipped(),
                listing == null ? Map.of() : listing.skippedExamples(), run.output(), configHash, run.incremental(), 0, skipped, 0, 0, 0, 0,
                Map.of(), 0, 0, 0, millisByStep, spark, warnings, exitStatus);
    }

    /** The manifest of a run whose process ended without writing one (killed), written by the run that found its lock. */
    static RunSummary abandoned(String runId, String output, String exitStatus) {
        return new RunSummary(runId, List.of(), Map.of(), Map.of(), output, null, false, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0, 0,
                Map.of(), Map.of(), List.of(), exitStatus);
    }
}
