package org.casualtytrends.pipeline;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Builds the SparkSession ourselves: Spark NLP's own start helper would ask for packages over the
 * network. A setting is taken from the first of: what Spark was given before the job started
 * (spark-submit's {@code --conf} and options, the cluster's spark-defaults.conf, {@code -Dspark.*}),
 * the job's configuration ({@code casualty-trends.spark.*}), the job's defaults
 * ({@code conf/spark-defaults.conf}). The job never overwrites a setting the user made.
 */
public final class SparkSessions {
    static final String DEFAULTS = "conf/spark-defaults.conf";
    private static final String LOOPBACK = "127.0.0.1";
    /** The settings a run's manifest records: the ones that change how it ran, not what it found. */
    private static final List<String> RECORDED = List.of("spark.master", "spark.submit.deployMode", "spark.app.id",
            "spark.sql.shuffle.partitions", "spark.default.parallelism", "spark.serializer", "spark.sql.session.timeZone",
            "spark.driver.memory", "spark.executor.memory", "spark.executor.cores", "spark.executor.instances",
            "spark.dynamicAllocation.enabled", "spark.task.maxFailures");

    private SparkSessions() {
    }

    /** A session for {@code master} with {@code settings}, under what Spark was already given. */
    public static SparkSession start(String master, Map<String, String> settings) {
        return start(conf(new SparkConf(true), master, settings));
    }

    public static SparkSession start(SparkConf conf) {
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    /**
     * The settings of a run: {@code given} (what Spark was given before the job: spark-submit,
     * spark-defaults.conf, system properties) completed, where unset, by the job's {@code master}
     * and {@code settings}, then by its defaults. A local master binds the driver to the loopback
     * interface unless the user chose an address.
     */
    public static SparkConf conf(SparkConf given, String master, Map<String, String> settings) {
        SparkConf conf = given.clone();
        conf.setIfMissing("spark.master", master);
        conf.setIfMissing("spark.app.name", "casualty-trends");
        settings.forEach(conf::setIfMissing);
        defaults().forEach(conf::setIfMissing);
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", LOOPBACK);
            conf.setIfMissing("spark.driver.bindAddress", LOOPBACK);
        }
        return conf;
    }

    /** The Hadoop configuration Spark will use with {@code conf} ({@code spark.hadoop.*} included), without starting Spark. */
    public static Configuration hadoopConfiguration(SparkConf conf) {
        return SparkHadoopUtil.get().newConfiguration(conf);
    }

    /** The effective values of the settings that shape a run, for its manifest. */
    public static Map<String, String> recorded(SparkSession spark) {
        Map<String, String> values = new TreeMap<>();
        SparkConf core = spark.sparkContext().getConf();
        for (String key : RECORDED) {
            String value = spark.conf().contains(key) ? spark.conf().get(key) : core.get(key, null);
            if (value != null) {
                values.put(key, value);
            }
        }
        return values;
    }

    private static Map<String, String> defaults() {
        Properties properties = new Properties();
        try (InputStream in = SparkSessions.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IOException("not on the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).strip()));
        return values;
    }
}
