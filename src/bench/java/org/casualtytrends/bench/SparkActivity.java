package org.casualtytrends.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Spark jobs and stages a piece of code runs, while it listens: how many, and for each job where
 * the code started it, its time, its stages and tasks, and the CPU time its tasks spent (which,
 * unlike wall time, does not grow when other processes share the machine). Stages Spark skipped
 * (their shuffle output was there already) are not counted.
 */
final class SparkActivity extends SparkListener implements AutoCloseable {
    private static final long WAIT_MILLIS = 30_000;
    private final SparkContext spark;
    private final Map<Integer, JobRecord> jobs = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> jobOfStage = new ConcurrentHashMap<>();

    /**
     * One Spark job: where it was started, seconds, stages run, tasks, task CPU seconds, and the peak
     * of the live heap while it ran (0 when no collection ended then).
     */
    record Job(@JsonProperty("call_site") String callSite, @JsonProperty("seconds") double seconds,
               @JsonProperty("stages") int stages, @JsonProperty("tasks") int tasks, @JsonProperty("cpu_s") double cpuSeconds,
               @JsonProperty("peak_heap_mb") long peakHeapMb) {
    }

    private static final class JobRecord {
        final String callSite;
        final long start;
        volatile long end = -1;
        int stages;
        int tasks;
        long cpuNanos;

        JobRecord(String callSite, long start) {
            this.callSite = callSite;
            this.start = start;
        }
    }

    SparkActivity(SparkContext spark) {
        this.spark = spark;
        spark.addSparkListener(this);
    }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        // The job's last stage (its result stage) is named after the call that started the job.
        StageInfo last = null;
        for (StageInfo stage : scala.collection.JavaConverters.seqAsJavaList(start.stageInfos())) {
            jobOfStage.put(stage.stageId(), start.jobId());
            last = last == null || stage.stageId() > last.stageId() ? stage : last;
        }
        jobs.put(start.jobId(), new JobRecord(last == null ? "?" : last.name(), start.time()));
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        StageInfo stage = completed.stageInfo();
        Integer jobId = jobOfStage.get(stage.stageId());
        JobRecord job = jobId == null ? null : jobs.get(jobId);
        if (job == null) {
            return;
        }
        synchronized (job) {
            job.stages++;
            job.tasks += stage.numTasks();
            job.cpuNanos += stage.taskMetrics() == null ? 0 : stage.taskMetrics().executorCpuTime();
        }
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd end) {
        JobRecord job = jobs.get(end.jobId());
        if (job != null) {
            job.end = end.time();
        }
    }

    /**
     * The jobs in the order they started, once Spark has reported the end of every one (events arrive
     * late), each with the peak of the heap {@code heap} saw while it ran.
     */
    List<Job> jobs(HeapWatch heap) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (jobs.values().stream().anyMatch(j -> j.end < 0) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<Job> list = new ArrayList<>();
        jobs.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            JobRecord j = e.getValue();
            synchronized (j) {
                list.add(new Job(j.callSite, Math.max(0, j.end - j.start) / 1e3, j.stages, j.tasks, j.cpuNanos / 1e9,
                        heap.peakMb(j.start, j.end)));
            }
        });
        return list;
    }

    @Override
    public void close() {
        spark.removeSparkListener(this);
    }
}
