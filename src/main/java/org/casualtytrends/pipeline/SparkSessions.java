package org.casualtytrends.pipeline;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.util.Map;

/**
 * Builds the SparkSession ourselves: Spark NLP's own start helper would ask for packages over the network.
 * Under {@code spark-submit} the master and resources come from the submit command; embedded, from
 * {@code master}.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    public static SparkSession start(String master, Map<String, String> settings) {
        SparkConf conf = new SparkConf(true);
        SparkSession.Builder builder = SparkSession.builder().appName("casualty-trends");
        if (!conf.contains("spark.master")) {
            builder = builder.master(master);
        }
        builder = builder
                .config("spark.sql.session.timeZone", "UTC")
                // Spark NLP's annotation structs are large; Kryo keeps shuffles and caches small.
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config("spark.kryoserializer.buffer.max", "512m")
                .config("spark.sql.parquet.compression.codec", "snappy")
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic");
        if (!conf.contains("spark.ui.enabled")) {
            builder = builder.config("spark.ui.enabled", System.getProperty("spark.ui.enabled", "false"));
        }
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            builder = builder.config(setting.getKey(), setting.getValue());
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
