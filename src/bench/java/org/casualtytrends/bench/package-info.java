/**
 * The bench, not part of the job: it lives in src/bench, compiles against the job into its own jar,
 * and joins the command line as {@code bench} ({@link org.casualtytrends.bench.BenchCommand}, a
 * {@link org.casualtytrends.cli.ExtraCommand}) only when that jar is on the classpath
 * ({@code jobs/casualty-trends bench ...}). {@link org.casualtytrends.bench.SyntheticArchive}
 * writes a deterministic synthetic archive (templates and word lists in conf/bench, under
 * src/bench/resources); {@link org.casualtytrends.bench.BenchHarness} measures on it, in one JVM,
 * the {@link org.casualtytrends.bench.FloorJob} (read every article, one regular expression, one
 * Parquet row each) and the full job, and reports the ratio and the heap ({@code HeapWatch}).
 */
package org.casualtytrends.bench;
