package org.casualtytrends.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.pipeline.CasualtyTrendsPipeline;
import org.casualtytrends.pipeline.RunSummary;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Generates a synthetic archive, then measures in the same JVM and with the same Spark settings the
 * floor ({@link FloorJob}) and the full job, and reports both throughputs and their ratio. The
 * machines are shared and noisy: read the ratio, not the absolute rates.
 */
public final class BenchHarness {
    private static final long WARMUP_ARTICLES = 5_000;

    private BenchHarness() {
    }

    public record Result(
            @JsonProperty("articles") long articles,
            @JsonProperty("conflict_share") double conflictShare,
            @JsonProperty("archive_mb") double archiveMb,
            @JsonProperty("format") String format,
            @JsonProperty("floor_seconds") double floorSeconds,
            @JsonProperty("job_seconds") double jobSeconds,
            @JsonProperty("floor_articles_per_s") double floorArticlesPerS,
            @JsonProperty("job_articles_per_s") double jobArticlesPerS,
            @JsonProperty("floor_mb_per_s") double floorMbPerS,
            @JsonProperty("job_mb_per_s") double jobMbPerS,
            @JsonProperty("ratio") double ratio,
            @JsonProperty("job_ms_by_step") Map<String, Long> jobMsByStep,
            @JsonProperty("floor_peak_heap_mb") long floorPeakHeapMb,
            @JsonProperty("driver_peak_heap_mb") long driverPeakHeapMb,
            @JsonProperty("heap_after_job_mb") long heapAfterJobMb,
            @JsonProperty("max_heap_mb") long maxHeapMb,
            @JsonProperty("incidents") long incidents,
            @JsonProperty("events") long events) {

        public String table() {
            return String.format("""
                    archive: %,d articles (%s, %.1f MB), conflict share %.2f
                                   seconds   articles/s      MB/s
                      floor      %9.1f   %10.0f  %8.2f
                      job        %9.1f   %10.0f  %8.2f
                      ratio job/floor: %.3f
                      job time by step (ms): %s
                      peak live heap after GC (MB): floor %d, job %d; after the job %d; max heap %d
                      job output: %,d incidents, %,d events
                    """, articles, format, archiveMb, conflictShare, floorSeconds, floorArticlesPerS, floorMbPerS,
                    jobSeconds, jobArticlesPerS, jobMbPerS, ratio, jobMsByStep, floorPeakHeapMb, driverPeakHeapMb,
                    heapAfterJobMb, maxHeapMb, incidents, events);
        }
    }

    public static Result run(SparkSession spark, JobConfig config, SyntheticArchive.Options options, Path work) throws IOException {
        Path archive = work.resolve("archive");
        SyntheticArchive.Summary generated = SyntheticArchive.write(archive, options);
        double mb = generated.bytes() / 1e6;

        // Warm-up: the first jobs of a JVM pay for class loading and JIT, once per JVM (per executor on
        // a cluster); neither side should pay it here. The job warms up on a small archive of its own.
        FloorJob.run(spark, archive.toString(), options.format(), work.resolve("warmup").toString());
        Path warmup = work.resolve("warmup-archive");
        SyntheticArchive.write(warmup, new SyntheticArchive.Options(Math.min(options.articles(), WARMUP_ARTICLES),
                options.conflictShare(), options.seed() + 1, options.format(), options.articlesPerFile()));
        new CasualtyTrendsPipeline(spark, config).run(List.of(warmup.toString()), work.resolve("warmup-out").toString(), "warmup", false);

        long floorHeap;
        long floorRows;
        double floorSeconds;
        try (HeapWatch heap = new HeapWatch()) {
            long t0 = System.nanoTime();
            floorRows = FloorJob.run(spark, archive.toString(), options.format(), work.resolve("floor").toString());
            floorSeconds = (System.nanoTime() - t0) / 1e9;
            floorHeap = heap.peakMb();
        }
        if (floorRows != generated.articles()) {
            throw new IllegalStateException("the floor wrote " + floorRows + " rows for " + generated.articles() + " articles");
        }

        long jobHeap;
        RunSummary job;
        double jobSeconds;
        try (HeapWatch heap = new HeapWatch()) {
            long t1 = System.nanoTime();
            job = new CasualtyTrendsPipeline(spark, config).run(List.of(archive.toString()), work.resolve("out").toString(), "bench", false);
            jobSeconds = (System.nanoTime() - t1) / 1e9;
            jobHeap = heap.peakMb();
        }
        if (job.read() != generated.articles()) {
            throw new IllegalStateException("the job read " + job.read() + " articles of " + generated.articles());
        }

        double floorRate = generated.articles() / floorSeconds;
        double jobRate = generated.articles() / jobSeconds;
        return new Result(generated.articles(), options.conflictShare(), mb, options.format().name().toLowerCase(),
                floorSeconds, jobSeconds, floorRate, jobRate, mb / floorSeconds, mb / jobSeconds, jobRate / floorRate,
                job.millisByStep(), floorHeap, jobHeap, heapInUseMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                job.incidents(), job.events());
    }

    /** What the JVM still holds once the job is over: per-article state left on the driver would show here. */
    private static long heapInUseMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
