package org.casualtytrends.testing;

import org.apache.spark.sql.SparkSession;
import org.casualtytrends.pipeline.SparkSessions;

import java.util.Map;

/** One Spark session for every test of the JVM: local[2], UI off, few shuffle partitions. */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSessions.start("local[2]", Map.of(
                    "spark.sql.shuffle.partitions", "2",
                    "spark.ui.enabled", "false",
                    "spark.driver.host", "127.0.0.1",
                    // As an embedded run (cli.SparkOptions): running tasks' counts reach the progress lines every 2 s.
                    "spark.executor.heartbeatInterval", "2s"));
        }
        return session;
    }
}
