package org.casualtytrends.cli;

import org.apache.spark.sql.SparkSession;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.pipeline.RuleCheck;
import org.casualtytrends.pipeline.SparkSessions;
import picocli.CommandLine.Option;

import java.io.File;

/** The options every command that runs Spark shares. */
final class SparkOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (HOCON); keys and defaults: src/main/resources/reference.conf.")
    File config;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: casualty-trends.spark.master, local[*]).")
    String master;

    /** The configuration, its rule files read and every stage's rules built from them: before Spark starts, so that a bad rule exits with 2. */
    JobConfig jobConfig() {
        JobConfig jobConfig = JobConfig.load(config);
        RuleCheck.check(jobConfig.rules());
        return jobConfig;
    }

    private boolean started;

    /** The active session if there is one (a test's, a notebook's), else a new one that {@link #stop} ends. */
    SparkSession start(JobConfig jobConfig) {
        started = SparkSession.getActiveSession().isEmpty();
        return SparkSessions.start(master != null ? master : jobConfig.master(), jobConfig.allSparkSettings());
    }

    void stop(SparkSession spark) {
        if (started) {
            spark.stop();
        }
    }
}
