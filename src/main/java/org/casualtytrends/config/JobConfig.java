package org.casualtytrends.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The job's typed configuration: {@code reference.conf} (every key, documented, with its default)
 * overridden by the user's {@code --config} file, and the rule files of the rules folder it names,
 * read and checked here, before Spark starts. Invalid files fail fast with the key and the file; so
 * does a key reference.conf does not document ({@link ConfigKeys}).
 */
public record JobConfig(String master, int shufflePartitions, Map<String, String> sparkSettings,
                        RuleBundle rules, int maxRecordsPerFile) {
    private static final String ROOT = "casualty-trends";

    public static JobConfig defaults() {
        return from(ConfigFactory.defaultReference());
    }

    /** Loads {@code file} over the defaults; {@code file} may be null. */
    public static JobConfig load(File file) {
        Config reference = ConfigFactory.defaultReference();
        if (file == null) {
            return from(reference);
        }
        if (!file.isFile()) {
            throw new IllegalArgumentException("configuration file not found: " + file);
        }
        try {
            Config merged = ConfigFactory.parseFile(file).withFallback(reference).resolve();
            if (merged.hasPath(ROOT + ".annotate")) {
                throw new IllegalArgumentException(ROOT + ".annotate.* is no longer read: set " + RuleBundle.KEY
                        + " to a folder holding a copy of every rule file (conf/ of the project)");
            }
            ConfigKeys.check(ConfigFactory.parseFile(file).resolveWith(merged), reference);
            merged.checkValid(reference, ROOT);
            return from(merged);
        } catch (ConfigException | IllegalArgumentException e) {
            throw new IllegalArgumentException("bad configuration in " + file + ": " + e.getMessage(), e);
        }
    }

    private static JobConfig from(Config config) {
        Config c = config.getConfig(ROOT);
        int partitions = c.getInt("spark.shuffle-partitions");
        int maxRecords = c.getInt("output.max-records-per-file");
        if (partitions < 1) {
            throw new IllegalArgumentException("casualty-trends.spark.shuffle-partitions must be at least 1, not " + partitions);
        }
        if (maxRecords < 1) {
            throw new IllegalArgumentException("casualty-trends.output.max-records-per-file must be at least 1, not " + maxRecords);
        }
        Map<String, String> settings = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> e : c.getConfig("spark.settings").entrySet()) {
            settings.put(e.getKey().replace("\"", ""), String.valueOf(e.getValue().unwrapped()));
        }
        return new JobConfig(c.getString("spark.master"), partitions, settings, RuleBundle.load(c.getString("rules")), maxRecords);
    }

    /** The Spark settings this configuration implies. */
    public Map<String, String> allSparkSettings() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions));
        all.putAll(sparkSettings);
        return all;
    }

    /** A short hash that tells two runs' configurations apart in their manifests; the rules count by their contents. */
    public String hash() {
        return Integer.toHexString(toString().hashCode());
    }
}
