/**
 * Wires the stages, one way: {@code ingest} (paths to raw article rows) -> {@code annotate}
 * (+ the annotations column) -> {@code extract} (text dropped; {@code n_incidents} and nested
 * {@code incidents}) -> staged once -> {@code duplicates} (status and reason of copies) ->
 * {@code articles} and {@code incidents} rows -> {@code events} -> {@code trends} -> {@code output}
 * (staged tables swapped in). {@link org.casualtytrends.pipeline.CasualtyTrendsPipeline#run} reads
 * as that flow; beside it the run's bookkeeping: what an incremental run keeps and skips
 * ({@code PreviousTables}), the counts ({@code ArticleCounts}), the time per step
 * ({@code StepTimer}), the summary ({@link org.casualtytrends.pipeline.RunSummary}) and its manifest
 * {@code _runs/<run id>.json} ({@code RunManifest}). Also builds the SparkSession
 * ({@link org.casualtytrends.pipeline.SparkSessions}).
 */
package org.casualtytrends.pipeline;
