package org.casualtytrends.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.testing.LocalTestFileSystem;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.testing.SharedSpark;
import org.casualtytrends.testing.TestRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a cluster's storage does to a run: a default file system other than the local one (HDFS on
 * YARN, EMR, Dataproc) must not be where the job looks for its own files, and a run that Spark
 * fails still leaves its manifest.
 */
class ClusterStorageTest {
    private static final String HELMAND = "date 2021-03-10 Two soldiers were killed in Helmand province on Monday, officials said.\n";

    @TempDir
    static Path dir;
    static Path input;

    @BeforeAll
    static void writeInput() throws IOException {
        input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("helmand.txt"), HELMAND, StandardCharsets.UTF_8);
    }

    @Test
    void aDefaultFileSystemElsewhereStillFindsTheRulesAndTheGazetteer() throws IOException {
        // The rules folder is a path on the driver's disk without a scheme, as a user's --config names it.
        Path rules = TestRules.folderWith(dir.resolve("my-rules"), RuleFile.CASUALTY_CUES, RuleBundle.packaged().text(RuleFile.CASUALTY_CUES));
        Path conf = Files.writeString(dir.resolve("job.conf"), RuleBundle.KEY + " = \"" + rules + "\"\n");
        SparkSession spark = SharedSpark.get();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        LocalTestFileSystem.register(hadoop, "elsewhere", elsewhere.toString(), null);
        String defaultFs = hadoop.get("fs.defaultFS");
        hadoop.set("fs.defaultFS", "elsewhere:///");
        String out = dir.resolve("out").toUri().toString();
        try {
            new CasualtyTrendsPipeline(spark, JobConfig.load(conf.toFile())).run(List.of(input.toUri().toString()), out, "elsewhere", false);
        } finally {
            hadoop.set("fs.defaultFS", defaultFs);
        }
        Row incident = spark.read().parquet(out + "/incidents").select("province", "killed_best").first();
        assertEquals("Hilmand", incident.getString(0));
        assertEquals(2, incident.getInt(1));
    }

    @Test
    void aRunThatSparkFailsWritesItsManifestWithTheFailure() throws IOException {
        SparkSession spark = SharedSpark.get();
        // A store that takes folders and small files but refuses every data file the tasks write.
        LocalTestFileSystem.register(spark.sparkContext().hadoopConfiguration(), "full", "", "part-");
        Path out = dir.resolve("full-out");
        Exception failure = assertThrows(Exception.class, () -> new CasualtyTrendsPipeline(spark, JobConfig.defaults())
                .run(List.of(input.toUri().toString()), "full://" + out, "refused", false));
        assertTrue(failure instanceof SparkException, "a failure inside Spark, not one of the job's: " + failure);

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("_runs/refused.json").toFile());
        assertTrue(manifest.get("exitStatus").asText().startsWith("failed: org.apache.spark.SparkException"), manifest.toString());
        assertTrue(manifest.get("exitStatus").asText().contains("disk quota exceeded"), manifest.toString());
        assertEquals(spark.conf().get("spark.sql.shuffle.partitions"), manifest.get("spark").get("spark.sql.shuffle.partitions").asText());
    }
}
