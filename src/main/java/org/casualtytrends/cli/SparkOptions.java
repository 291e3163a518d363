package org.casualtytrends.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.pipeline.RuleCheck;
import org.casualtytrends.pipeline.RunProgress;
import org.casualtytrends.pipeline.SparkSessions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.File;
import java.nio.file.Path;

/** The options every command that runs Spark shares (a picocli mixin; public for the {@link ExtraCommand}s). */
public final class SparkOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (HOCON); keys and defaults: src/main/resources/reference.conf.")
    File config;

    @Option(names = "--master", paramLabel = "URL", description = "Embedded Spark master, local or local[N] (default: casualty-trends.spark.master, local[*]). Clusters: jobs/submit.sh.")
    String master;

    @Option(names = "--verbose", description = "Spark's INFO log lines on the console too (by default Spark's warnings go to a log file: a run's beside its manifest, _runs/<run id>.log).")
    boolean verbose;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    /** The configuration, its rule files read and every stage's rules built from them: before Spark starts, so that a bad rule exits with 2. */
    public JobConfig jobConfig() {
        JobConfig jobConfig = JobConfig.load(config);
        RuleCheck.check(jobConfig.rules());
        return jobConfig;
    }

    private boolean started;
    private ConsoleProgress progress;

    /**
     * The Spark settings of the run. Outside spark-submit only a local master can work: the
     * executors of a cluster would not have the job's classes, so a cluster master is refused here.
     */
    SparkConf sparkConf(JobConfig jobConfig) {
        SparkConf given = new SparkConf(true);
        String wanted = master != null ? master : jobConfig.master();
        if (!given.contains("spark.master") && !wanted.startsWith("local")) {
            throw new IllegalArgumentException("Spark master " + wanted + ": this command runs Spark embedded (local[*]); "
                    + "submit the application jar to a cluster with jobs/submit.sh --master " + wanted + " run ...");
        }
        SparkConf conf = SparkSessions.conf(given, wanted, jobConfig.allSparkSettings());
        if (conf.get("spark.master").startsWith("local")) {
            // The progress lines' article counts of running tasks come with the executor's heartbeat
            // (Spark's default: every 10 s); in one JVM a heartbeat every 2 s costs nothing measurable.
            conf.setIfMissing("spark.executor.heartbeatInterval", "2s");
        }
        return conf;
    }

    /** The Hadoop configuration the run will use ({@code spark.hadoop.*} included), before Spark starts. */
    Configuration hadoopConfiguration(JobConfig jobConfig) {
        return SparkSessions.hadoopConfiguration(sparkConf(jobConfig));
    }

    /** {@link #start(JobConfig, Path)} for a command without a run: its log in the temporary folder. */
    public SparkSession start(JobConfig jobConfig) {
        return start(jobConfig, Logs.temporary(Logs.timestamped(command.name())));
    }

    /**
     * The active session if there is one (a test's, a notebook's), else a new one that {@link #stop}
     * ends; its jobs followed on the console ({@link ConsoleProgress}) until {@link #stop}. Spark's
     * log lines go to {@code logFile} ({@link Logs}).
     */
    SparkSession start(JobConfig jobConfig, Path logFile) {
        SparkConf conf = sparkConf(jobConfig);
        Logs.configure(logFile, verbose);
        started = SparkSession.getActiveSession().isEmpty();
        SparkSession spark = SparkSessions.start(conf);
        if (verbose) {
            spark.sparkContext().setLogLevel("INFO");
        }
        progress = ConsoleProgress.follow(spark.sparkContext(), System.err, logFile);
        return spark;
    }

    public void stop(SparkSession spark) {
        if (progress != null) {
            progress.close();
        }
        RunProgress.end(spark);
        if (started) {
            spark.stop();
        }
    }
}
