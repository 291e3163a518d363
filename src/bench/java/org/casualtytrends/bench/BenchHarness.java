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
 * floor ({@link FloorJob}), the full job, and the work the job cannot avoid ({@link WorkMeter}: the
 * gate, the annotators and the rules without Spark, one thread). Reports the throughputs, the ratio
 * job/floor, and the ideal: the floor's time plus the work spread over the cores, which the job
 * would reach if Spark's plumbing around the work cost nothing. The machines are shared and noisy:
 * read the ratios, not the absolute rates.
 */
public final class BenchHarness {
    private static final long WARMUP_ARTICLES = 5_000;

    private BenchHarness() {
    }

    /**
     * @param incrementalArticles when above 0, also measures a scheduled run: that many articles that
     *                            follow the archive ({@link SyntheticArchive.Options#following}) added
     *                            to the job's output, against a fresh run over them alone
     */
    public record Result(
            @JsonProperty("articles") long articles,
            @JsonProperty("conflict_share") double conflictShare,
            @JsonProperty("archive_mb") double archiveMb,
            @JsonProperty("format") String format,
            @JsonProperty("cores") int cores,
            @JsonProperty("floor_seconds") double floorSeconds,
            @JsonProperty("job_seconds") double jobSeconds,
            @JsonProperty("floor_articles_per_s") double floorArticlesPerS,
            @JsonProperty("job_articles_per_s") double jobArticlesPerS,
            @JsonProperty("floor_mb_per_s") double floorMbPerS,
            @JsonProperty("job_mb_per_s") double jobMbPerS,
            @JsonProperty("ratio") double ratio,
            @JsonProperty("work_us_per_article") double workUsPerArticle,
            @JsonProperty("work_us_per_gated_article") double workUsPerGatedArticle,
            @JsonProperty("gated_articles") long gatedArticles,
            @JsonProperty("work_cpu_s") double workCpuS,
            @JsonProperty("ideal_seconds") double idealSeconds,
            @JsonProperty("ideal_articles_per_s") double idealArticlesPerS,
            @JsonProperty("job_vs_ideal") double jobVsIdeal,
            @JsonProperty("job_ms_by_step") Map<String, Long> jobMsByStep,
            @JsonProperty("floor_task_cpu_s") double floorTaskCpuS,
            @JsonProperty("job_task_cpu_s") double jobTaskCpuS,
            @JsonProperty("spark_jobs") int sparkJobs,
            @JsonProperty("spark_stages") int sparkStages,
            @JsonProperty("job_spark_jobs") List<SparkActivity.Job> jobSparkJobs,
            @JsonProperty("floor_peak_heap_mb") long floorPeakHeapMb,
            @JsonProperty("driver_peak_heap_mb") long driverPeakHeapMb,
            @JsonProperty("heap_after_job_mb") long heapAfterJobMb,
            @JsonProperty("max_heap_mb") long maxHeapMb,
            @JsonProperty("gazetteer_load_ms") double gazetteerLoadMs,
            @JsonProperty("gazetteer_heap_mb") double gazetteerHeapMb,
            @JsonProperty("incidents") long incidents,
            @JsonProperty("events") long events,
            @JsonProperty("incremental") Incremental incremental) {

        public String table() {
            String text = String.format("""
                    archive: %,d articles (%s, %.1f MB), conflict share %.2f, %d cores
                                   seconds   articles/s      MB/s
                      floor      %9.1f   %10.0f  %8.2f
                      ideal      %9.1f   %10.0f             (floor + work / cores)
                      job        %9.1f   %10.0f  %8.2f
                      ratio job/floor: %.3f   job/ideal: %.3f
                      work (gate, annotators, rules; one thread, no Spark): %.1f us per article, %.1f per gated article (%,d gated)
                      job time by step (ms): %s
                      Spark: %d jobs, %d stages; CPU (s): floor's tasks %.1f, job's tasks %.1f, work %.1f
                      peak live heap after GC (MB): floor %d, job %d; after the job %d; max heap %d
                      gazetteer (all countries): loads in %.0f ms, holds %.1f MB
                      job output: %,d incidents, %,d events
                    """, articles, format, archiveMb, conflictShare, cores, floorSeconds, floorArticlesPerS, floorMbPerS,
                    idealSeconds, idealArticlesPerS, jobSeconds, jobArticlesPerS, jobMbPerS, ratio, jobVsIdeal,
                    workUsPerArticle, workUsPerGatedArticle, gatedArticles, jobMsByStep, sparkJobs, sparkStages,
                    floorTaskCpuS, jobTaskCpuS, workCpuS, floorPeakHeapMb, driverPeakHeapMb, heapAfterJobMb, maxHeapMb, gazetteerLoadMs, gazetteerHeapMb,
                    incidents, events);
            return incremental == null ? text : text + incremental.table();
        }
    }

    /** A scheduled run: {@code new_articles} added to the output of the archive, and a fresh run over them alone. */
    public record Incremental(
            @JsonProperty("new_articles") long newArticles,
            @JsonProperty("new_days") int newDays,
            @JsonProperty("incremental_seconds") double incrementalSeconds,
            @JsonProperty("fresh_seconds") double freshSeconds,
            @JsonProperty("incremental_vs_fresh") double incrementalVsFresh,
            @JsonProperty("incremental_ms_by_step") Map<String, Long> incrementalMsByStep,
            @JsonProperty("incremental_spark_jobs") int incrementalSparkJobs) {

        String table() {
            return String.format("""
                    incremental: %,d new articles (the next %d days) added to the output of the archive
                      incremental run %.1f s, fresh run over the new articles alone %.1f s: ratio %.2f
                      incremental time by step (ms): %s; %d Spark jobs
                    """, newArticles, newDays, incrementalSeconds, freshSeconds, incrementalVsFresh, incrementalMsByStep,
                    incrementalSparkJobs);
        }
    }

    public static Result run(SparkSession spark, JobConfig config, SyntheticArchive.Options options, Path work) throws IOException {
        return run(spark, config, options, 0, work);
    }

    public static Result run(SparkSession spark, JobConfig config, SyntheticArchive.Options options, long incrementalArticles,
                             Path work) throws IOException {
        Path archive = work.resolve("archive");
        SyntheticArchive.Summary generated = SyntheticArchive.write(archive, options);
        double mb = generated.bytes() / 1e6;
        int cores = spark.sparkContext().defaultParallelism();

        // Warm-up: the first jobs of a JVM pay for class loading and JIT, once per JVM (per executor on
        // a cluster); neither side should pay it here. The job warms up on a small archive of its own.
        FloorJob.run(spark, archive.toString(), options.format(), work.resolve("warmup").toString());
        Path warmup = work.resolve("warmup-archive");
        SyntheticArchive.write(warmup, new SyntheticArchive.Options(Math.min(options.articles(), WARMUP_ARTICLES),
                options.conflictShare(), options.seed() + 1, options.format(), options.articlesPerFile()));
        job(spark, config, warmup, work.resolve("warmup-out"), "warmup", false);

        long floorHeap;
        long floorRows;
        double floorSeconds;
        double floorCpu;
        try (HeapWatch heap = new HeapWatch(); SparkActivity activity = new SparkActivity(spark.sparkContext())) {
            long t0 = System.nanoTime();
            floorRows = FloorJob.run(spark, archive.toString(), options.format(), work.resolve("floor").toString());
            floorSeconds = (System.nanoTime() - t0) / 1e9;
            floorHeap = heap.peakMb();
            floorCpu = activity.jobs(heap).stream().mapToDouble(SparkActivity.Job::cpuSeconds).sum();
        }
        if (floorRows != generated.articles()) {
            throw new IllegalStateException("the floor wrote " + floorRows + " rows for " + generated.articles() + " articles");
        }

        long jobHeap;
        Timed job;
        List<SparkActivity.Job> sparkJobs;
        try (HeapWatch heap = new HeapWatch(); SparkActivity activity = new SparkActivity(spark.sparkContext())) {
            job = job(spark, config, archive, work.resolve("out"), "bench", false);
            jobHeap = heap.peakMb();
            sparkJobs = activity.jobs(heap);
        }
        if (job.summary().read() != generated.articles()) {
            throw new IllegalStateException("the job read " + job.summary().read() + " articles of " + generated.articles());
        }
        long heapAfterJob = heapInUseMb();

        WorkMeter.Work meter = WorkMeter.measure(config.rules(), config.maxArticleChars(), archive);
        if (meter.incidents() != job.summary().incidents()) {
            throw new IllegalStateException("the work found " + meter.incidents() + " incidents, the job " + job.summary().incidents());
        }
        GazetteerMeter.Cost gazetteer = GazetteerMeter.measure(config.rules());
        Incremental incremental = incrementalArticles > 0
                ? incremental(spark, config, options.following(incrementalArticles), work) : null;

        double floorRate = generated.articles() / floorSeconds;
        double jobRate = generated.articles() / job.seconds();
        double idealSeconds = floorSeconds + meter.seconds() / cores;
        double idealRate = generated.articles() / idealSeconds;
        return new Result(generated.articles(), options.conflictShare(), mb, options.format().name().toLowerCase(), cores,
                floorSeconds, job.seconds(), floorRate, jobRate, mb / floorSeconds, mb / job.seconds(), jobRate / floorRate,
                meter.microsPerArticle(), meter.gated() == 0 ? 0 : meter.nanos() / 1e3 / meter.gated(), meter.gated(), meter.cpuSeconds(),
                idealSeconds, idealRate, jobRate / idealRate, job.summary().millisByStep(),
                floorCpu, sparkJobs.stream().mapToDouble(SparkActivity.Job::cpuSeconds).sum(),
                sparkJobs.size(), sparkJobs.stream().mapToInt(SparkActivity.Job::stages).sum(), sparkJobs,
                floorHeap, jobHeap, heapAfterJob, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                gazetteer.loadMs(), gazetteer.heapMb(),
                job.summary().incidents(), job.summary().events(), incremental);
    }

    /** Adds the following articles to the job's output ({@code out}), then runs over them alone into a fresh output. */
    private static Incremental incremental(SparkSession spark, JobConfig config, SyntheticArchive.Options following, Path work)
            throws IOException {
        Path added = work.resolve("following-archive");
        SyntheticArchive.write(added, following);
        Timed incremental;
        int sparkJobs;
        try (HeapWatch heap = new HeapWatch(); SparkActivity activity = new SparkActivity(spark.sparkContext())) {
            incremental = job(spark, config, added, work.resolve("out"), "bench-incremental", true);
            sparkJobs = activity.jobs(heap).size();
        }
        Timed fresh = job(spark, config, added, work.resolve("following-out"), "bench-following", false);
        if (incremental.summary().read() != following.articles() || fresh.summary().read() != following.articles()) {
            throw new IllegalStateException("the runs over the following archive read " + incremental.summary().read()
                    + " and " + fresh.summary().read() + " articles of " + following.articles());
        }
        return new Incremental(following.articles(), following.days(), incremental.seconds(), fresh.seconds(),
                incremental.seconds() / fresh.seconds(), incremental.summary().millisByStep(), sparkJobs);
    }

    private record Timed(RunSummary summary, double seconds) {
    }

    private static Timed job(SparkSession spark, JobConfig config, Path input, Path output, String runId, boolean incremental) {
        long start = System.nanoTime();
        RunSummary summary = new CasualtyTrendsPipeline(spark, config).run(List.of(input.toString()), output.toString(), runId, incremental);
        return new Timed(summary, (System.nanoTime() - start) / 1e9);
    }

    /** What the JVM still holds once the job is over: per-article state left on the driver would show here. */
    private static long heapInUseMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
