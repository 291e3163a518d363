package org.casualtytrends.cli;

import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.casualtytrends.pipeline.RunProgress;
import scala.Tuple4;
import scala.collection.JavaConverters;
import scala.collection.Seq;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress lines on the console while a command runs Spark: the elapsed time, the step (the
 * description the pipeline gives its Spark jobs), the articles extracted so far with the input's
 * size, and the step's tasks done of total. One plain line at each step's start, then one every
 * {@link #INTERVAL_MS} while anything moved, and at least one every {@link #QUIET_MS}, so that a
 * scheduled run's log holds a readable history (a terminal's carriage-return bar would not be).
 *
 * <p>The articles have no total before they are read (a JSON Lines file or an archive holds an
 * unknown number), and the expensive step runs as few long tasks (a task reads a group of files);
 * so the lines give the articles done, counted as they leave extraction, beside the input's files
 * and bytes, and the tasks. The counts of running tasks come with the executors' heartbeats
 * (every 2 s in an embedded run, Spark's 10 s on a cluster).
 */
final class ConsoleProgress extends SparkListener implements AutoCloseable {
    static final long INTERVAL_MS = 2_000;
    static final long QUIET_MS = 30_000;
    /** The job property {@link SparkContext#setJobDescription} sets (Spark's constant for it is not public). */
    private static final String JOB_DESCRIPTION = "spark.job.description";

    private final SparkContext spark;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;

    private String step;
    private String input;
    private int activeJobs;
    /** Of the current step: stage id -> {tasks, succeeded}. */
    private final Map<Integer, int[]> stages = new HashMap<>();
    /** Of the current step: running task id -> articles it has extracted so far. */
    private final Map<Long, Long> running = new HashMap<>();
    private long articlesOfEndedTasks;
    private boolean countsArticles;
    private String lastLine = "";
    private long lastPrinted;

    private ConsoleProgress(SparkContext spark, PrintStream out) {
        this.spark = spark;
        this.out = out;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "casualty-trends-progress");
            t.setDaemon(true);
            return t;
        });
    }

    /** Follows the jobs of {@code spark} until {@link #close}, printing to {@code out}; the first line says where Spark's log goes. */
    static ConsoleProgress follow(SparkContext spark, PrintStream out, Path log) {
        ConsoleProgress progress = new ConsoleProgress(spark, out);
        progress.print("Spark " + spark.version() + " on " + spark.master() + "; its log: " + log);
        spark.addSparkListener(progress);
        progress.ticker.scheduleAtFixedRate(progress::tick, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
        return progress;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        spark.removeSparkListener(this);
    }

    @Override
    public synchronized void onJobStart(SparkListenerJobStart job) {
        activeJobs++;
        Properties properties = job.properties();
        String description = properties == null ? null : properties.getProperty(JOB_DESCRIPTION);
        String name = description != null ? description : job.stageInfos().isEmpty() ? "Spark job " + job.jobId()
                : job.stageInfos().head().name();
        if (!name.equals(step)) {
            if (step != null && !stages.isEmpty()) {
                printIfNew(step + ": " + status());
            }
            step = name;
            input = inputOf(properties);
            stages.clear();
            running.clear();
            articlesOfEndedTasks = 0;
            countsArticles = false;
            print(step + (input.isEmpty() ? "" : " (" + input + ")"));
        }
    }

    @Override
    public synchronized void onJobEnd(SparkListenerJobEnd job) {
        activeJobs = Math.max(0, activeJobs - 1);
    }

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        stages.put(submitted.stageInfo().stageId(), new int[] {submitted.stageInfo().numTasks(), 0});
    }

    @Override
    public synchronized void onTaskStart(SparkListenerTaskStart task) {
        running.put(task.taskInfo().taskId(), 0L);
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd task) {
        running.remove(task.taskInfo().taskId());
        if (!task.taskInfo().successful()) {
            return;
        }
        int[] stage = stages.get(task.stageId());
        if (stage != null) {
            stage[1]++;
        }
        Long articles = articles(task.taskInfo().accumulables());
        if (articles != null) {
            articlesOfEndedTasks += articles;
            countsArticles = true;
        }
    }

    /** The running tasks' counts, as the executors' heartbeats bring them. */
    @Override
    public synchronized void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        for (Tuple4<Object, Object, Object, Seq<AccumulableInfo>> task : JavaConverters.seqAsJavaList(update.accumUpdates())) {
            long taskId = (Long) task._1();
            Long articles = articles(task._4());
            if (articles != null && running.containsKey(taskId)) {
                running.put(taskId, articles);
                countsArticles = true;
            }
        }
    }

    private static Long articles(Seq<AccumulableInfo> accumulables) {
        for (AccumulableInfo info : JavaConverters.seqAsJavaList(accumulables)) {
            if (info.name().isDefined() && info.name().get().equals(RunProgress.ARTICLES) && info.update().isDefined()) {
                return ((Number) info.update().get()).longValue();
            }
        }
        return null;
    }

    /**
     * A line when the counts moved, or when none did for {@link #QUIET_MS}: between Spark jobs the
     * driver works alone (planning, fitting the annotators, committing the tables). A step's last
     * counts are printed when the next step starts.
     */
    private synchronized void tick() {
        if (activeJobs > 0) {
            printIfNew(step + ": " + status());
        }
        if (System.currentTimeMillis() - lastPrinted >= QUIET_MS) {
            print(activeJobs > 0 ? step + ": " + status() : "working (no Spark job running)");
        }
    }

    private void printIfNew(String line) {
        if (!line.equals(lastLine)) {
            print(line);
        }
    }

    /** {@code 12,034 articles done (input: 20 files, 24.6 MB), tasks 1 of 2}. */
    synchronized String status() {
        int tasks = 0;
        int done = 0;
        for (int[] stage : stages.values()) {
            tasks += stage[0];
            done += stage[1];
        }
        StringBuilder s = new StringBuilder();
        if (countsArticles) {
            long articles = articlesOfEndedTasks + running.values().stream().mapToLong(Long::longValue).sum();
            s.append(String.format(Locale.ROOT, "%,d article%s done", articles, articles == 1 ? "" : "s"));
            s.append(input.isEmpty() ? "" : " (input: " + input + ")").append(", ");
        }
        return s.append(String.format(Locale.ROOT, "tasks %,d of %,d", done, tasks)).toString();
    }

    private void print(String line) {
        lastLine = line;
        lastPrinted = System.currentTimeMillis();
        out.println(elapsed() + "  " + line);
    }

    /** {@code 0:08}, {@code 12:03}, {@code 1:02:03}: the time since the command started Spark. */
    private String elapsed() {
        long s = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%2d:%02d", s / 60, s % 60);
    }

    /** {@code 20 files, 24.6 MB}, from the properties the pipeline gives the step's jobs; empty when it gives none. */
    private static String inputOf(Properties properties) {
        String files = properties == null ? null : properties.getProperty(RunProgress.INPUT_FILES);
        String bytes = properties == null ? null : properties.getProperty(RunProgress.INPUT_BYTES);
        if (files == null || bytes == null) {
            return "";
        }
        long n = Long.parseLong(files);
        return String.format(Locale.ROOT, "%,d file%s, %s", n, n == 1 ? "" : "s", size(Long.parseLong(bytes)));
    }

    /** {@code 812 bytes}, {@code 14.2 KB}, {@code 24.6 MB}, {@code 3.1 GB} (powers of 1,000). */
    static String size(long bytes) {
        String[] units = {"KB", "MB", "GB", "TB"};
        if (bytes < 1_000) {
            return bytes + " bytes";
        }
        double value = bytes / 1_000.0;
        int unit = 0;
        while (value >= 1_000 && unit < units.length - 1) {
            value /= 1_000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
