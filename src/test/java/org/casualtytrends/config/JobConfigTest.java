package org.casualtytrends.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.casualtytrends.testing.TestRules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsComeFromReferenceConf() {
        JobConfig config = JobConfig.defaults();
        assertEquals("local[*]", config.master());
        assertEquals(8, config.shufflePartitions());
        assertSame(RuleBundle.packaged(), config.rules());
        assertEquals(1_000_000, config.maxRecordsPerFile());
    }

    @Test
    void aFileOverridesSomeKeysAndKeepsTheOthers() throws IOException {
        Path file = Files.writeString(dir.resolve("job.conf"),
                "casualty-trends.spark { shuffle-partitions = 64, settings { \"spark.driver.memory\" = \"6g\" } }\n");
        JobConfig config = JobConfig.load(file.toFile());
        assertEquals(64, config.shufflePartitions());
        assertEquals("local[*]", config.master());
        assertEquals(Map.of("spark.sql.shuffle.partitions", "64", "spark.driver.memory", "6g"), config.allSparkSettings());
    }

    @Test
    void theRulesFolderIsReadWithTheConfigurationAndItsContentsEnterTheHash() throws IOException {
        Path rules = TestRules.folderWith(dir.resolve("rules"), RuleFile.NAME_STOPWORDS, "word\nthe\n");
        Path file = Files.writeString(dir.resolve("job.conf"), "casualty-trends.rules = \"" + rules + "\"\n");
        JobConfig config = JobConfig.load(file.toFile());
        assertEquals("word\nthe\n", config.rules().text(RuleFile.NAME_STOPWORDS));
        assertNotEquals(JobConfig.defaults().hash(), config.hash());
        Files.writeString(rules.resolve("lexicon/name-stopwords.tsv"), "word\nthe\na\n");
        assertNotEquals(config.hash(), JobConfig.load(file.toFile()).hash());
    }

    @Test
    void aMissingRuleFileOrABadLineFailsNamingTheFileTheLineAndTheKey() throws IOException {
        Path rules = TestRules.folderWith(dir.resolve("rules"), RuleFile.VICTIMS, "singular\tplural\tgroup\n");
        Path file = Files.writeString(dir.resolve("job.conf"), "casualty-trends.rules = \"" + rules + "\"\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobConfig.load(file.toFile()));
        assertTrue(e.getMessage().contains(rules + "/lexicon/victims.tsv:1: the header [singular, plural, group] lacks the column 'role'")
                && e.getMessage().contains("casualty-trends.rules"), e.getMessage());
        Files.delete(rules.resolve("lexicon/victims.tsv"));
        e = assertThrows(IllegalArgumentException.class, () -> JobConfig.load(file.toFile()));
        assertTrue(e.getMessage().contains("lacks lexicon/victims.tsv") && e.getMessage().contains("casualty-trends.rules"), e.getMessage());
        Path nowhere = Files.writeString(dir.resolve("nowhere.conf"), "casualty-trends.rules = \"" + dir.resolve("no-rules") + "\"\n");
        e = assertThrows(IllegalArgumentException.class, () -> JobConfig.load(nowhere.toFile()));
        assertTrue(e.getMessage().contains("no-rules") && e.getMessage().contains("is not a folder"), e.getMessage());
    }

    @Test
    void theFormerAnnotationKeysAreRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("old.conf"), "casualty-trends.annotate.abbreviations = \"abbreviations.txt\"\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobConfig.load(file.toFile()));
        assertTrue(e.getMessage().contains("casualty-trends.rules"), e.getMessage());
    }

    @Test
    void aWrongTypeNamesTheKeyAndTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.conf"), "casualty-trends.spark.shuffle-partitions = many\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobConfig.load(file.toFile()));
        assertTrue(e.getMessage().contains("bad.conf"), e.getMessage());
        assertTrue(e.getMessage().contains("shuffle-partitions"), e.getMessage());
    }

    @Test
    void anOutOfRangeValueIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("zero.conf"), "casualty-trends.output.max-records-per-file = 0\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobConfig.load(file.toFile()));
        assertTrue(e.getMessage().contains("max-records-per-file"), e.getMessage());
    }

    @Test
    void aMissingFileIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobConfig.load(dir.resolve("nope.conf").toFile()));
        assertTrue(e.getMessage().contains("nope.conf"), e.getMessage());
    }

    @Test
    void aMisspelledKeyIsRefusedWithItsLineAndTheNearestKey() throws IOException {
        Path file = Files.writeString(dir.resolve("typo.conf"), "casualty-trends {\n  output.max-records-per-fil = 10\n}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobConfig.load(file.toFile()));
        assertEquals("bad configuration in " + file + ": unknown key casualty-trends.output.max-records-per-fil at line 2"
                + " (did you mean casualty-trends.output.max-records-per-file?): the keys and their defaults are in reference.conf"
                + " (README, Configuration)", e.getMessage());
    }

    @Test
    void aKeyMisspelledInsideTheSparkSectionIsRefusedButSparkSettingsStayFree() throws IOException {
        Path typo = Files.writeString(dir.resolve("spark.conf"), "casualty-trends.spark { mastre = \"local[2]\" }\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobConfig.load(typo.toFile()));
        assertTrue(e.getMessage().contains("unknown key casualty-trends.spark.mastre at line 1 (did you mean casualty-trends.spark.master?)"),
                e.getMessage());
        Path free = Files.writeString(dir.resolve("free.conf"),
                "casualty-trends.spark.settings { \"spark.executor.memory\" = 4g, spark.task.maxFailures = 8 }\n");
        assertEquals(Map.of("spark.sql.shuffle.partitions", "8", "spark.executor.memory", "4g", "spark.task.maxFailures", "8"),
                JobConfig.load(free.toFile()).allSparkSettings());
    }

    @Test
    void everyUnknownKeyIsNamedAnObjectOnceAndFarKeysWithoutAGuess() throws IOException {
        Path file = Files.writeString(dir.resolve("many.conf"), String.join("\n",
                "casualty-trends.sprak { master = \"local[2]\", shuffle-partitions = 2 }",
                "casualty-trends.colour = blue",
                "casualty-trend.rules = \"x\"", ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobConfig.load(file.toFile()));
        assertTrue(e.getMessage().contains("unknown keys casualty-trend at line 3 (did you mean casualty-trends?); "
                + "casualty-trends.colour at line 2; casualty-trends.sprak at line 1 (did you mean casualty-trends.spark?)"), e.getMessage());
    }
}
