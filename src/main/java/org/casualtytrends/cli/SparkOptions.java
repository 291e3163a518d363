package org.casualtytrends.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.pipeline.RuleCheck;
import org.casualtytrends.pipeline.SparkSessions;
import picocli.CommandLine.Option;

import java.io.File;

/** The options every command that runs Spark shares (a picocli mixin; public for the {@link ExtraCommand}s). */
public final class SparkOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (HOCON); keys and defaults: src/main/resources/reference.conf.")
    File config;

    @Option(names = "--master", paramLabel = "URL", description = "Embedded Spark master, local or local[N] (default: casualty-trends.spark.master, local[*]). Clusters: jobs/submit.sh.")
    String master;

    /** The configuration, its rule files read and every stage's rules built from them: before Spark starts, so that a bad rule exits with 2. */
    public JobConfig jobConfig() {
        JobConfig jobConfig = JobConfig.load(config);
        RuleCheck.check(jobConfig.rules());
        return jobConfig;
    }

    private boolean started;

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
        return SparkSessions.conf(given, wanted, jobConfig.allSparkSettings());
    }

    /** The Hadoop configuration the run will use ({@code spark.hadoop.*} included), before Spark starts. */
    Configuration hadoopConfiguration(JobConfig jobConfig) {
        return SparkSessions.hadoopConfiguration(sparkConf(jobConfig));
    }

    /** The active session if there is one (a test's, a notebook's), else a new one that {@link #stop} ends. */
    public SparkSession start(JobConfig jobConfig) {
        SparkConf conf = sparkConf(jobConfig);
        started = SparkSession.getActiveSession().isEmpty();
        return SparkSessions.start(conf);
    }

    public void stop(SparkSession spark) {
        if (started) {
            spark.stop();
        }
    }
}
