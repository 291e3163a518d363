package org.casualtytrends.pipeline;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Whose setting wins: what Spark was given (spark-submit), then the job's configuration, then its defaults. */
class SparkSessionsTest {
    private static final Map<String, String> JOB = Map.of("spark.sql.shuffle.partitions", "8", "spark.sql.session.timeZone", "Asia/Kabul");

    @Test
    void aSettingGivenToSparkSubmitSurvivesTheJobsConfigurationAndDefaults() {
        SparkConf given = new SparkConf(false)
                .set("spark.master", "spark://127.0.0.1:7077")
                .set("spark.sql.shuffle.partitions", "7")
                .set("spark.serializer", "org.apache.spark.serializer.JavaSerializer");
        SparkConf conf = SparkSessions.conf(given, "local[*]", JOB);
        assertEquals("spark://127.0.0.1:7077", conf.get("spark.master"));
        assertEquals("7", conf.get("spark.sql.shuffle.partitions"));
        assertEquals("org.apache.spark.serializer.JavaSerializer", conf.get("spark.serializer"));
        assertFalse(conf.contains("spark.driver.bindAddress"), "a cluster's driver binds where Spark decides");
    }

    @Test
    void theJobsConfigurationFillsWhatWasNotGivenAndItsDefaultsTheRest() {
        SparkConf conf = SparkSessions.conf(new SparkConf(false), "local[2]", JOB);
        assertEquals("local[2]", conf.get("spark.master"));
        assertEquals("8", conf.get("spark.sql.shuffle.partitions"));
        assertEquals("Asia/Kabul", conf.get("spark.sql.session.timeZone"));
        assertEquals("org.apache.spark.serializer.KryoSerializer", conf.get("spark.serializer"));
        assertEquals("512m", conf.get("spark.kryoserializer.buffer.max"));
        assertEquals("false", conf.get("spark.jsl.settings.useBroadcastForFeatures"), "Spark NLP's own broadcast of the annotators' data");
    }

    @Test
    void aLocalRunBindsTheDriverToLoopbackUnlessTheUserChose() {
        SparkConf local = SparkSessions.conf(new SparkConf(false), "local[*]", Map.of());
        assertEquals("127.0.0.1", local.get("spark.driver.host"));
        assertEquals("127.0.0.1", local.get("spark.driver.bindAddress"));
        SparkConf chosen = SparkSessions.conf(new SparkConf(false).set("spark.driver.bindAddress", "0.0.0.0"), "local[*]", Map.of());
        assertEquals("0.0.0.0", chosen.get("spark.driver.bindAddress"));
    }

    @Test
    void hadoopSettingsComeFromSparksConfiguration() {
        SparkConf conf = SparkSessions.conf(new SparkConf(false).set("spark.hadoop.fs.s3a.endpoint", "http://127.0.0.1:9000"),
                "local[*]", Map.of("spark.hadoop.fs.s3a.path.style.access", "true"));
        var hadoop = SparkSessions.hadoopConfiguration(conf);
        assertEquals("http://127.0.0.1:9000", hadoop.get("fs.s3a.endpoint"));
        assertEquals("true", hadoop.get("fs.s3a.path.style.access"));
    }
}
