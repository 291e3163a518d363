package org.casualtytrends.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.testing.TestRules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wrong arguments and configuration fail fast, before Spark starts, with exit code 2 and a message. */
class MainTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try {
            int code = Main.execute(args);
            return new String[] {Integer.toString(code), captured.toString()};
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        String[] result = run("run", "--output", dir.toString());
        assertEquals("2", result[0]);
        assertTrue(result[1].contains("--input"), result[1]);
    }

    @Test
    void aMissingInputPathIsNamed() {
        String[] result = run("run", "--input", dir.resolve("no-such-folder").toString(), "--output", dir.resolve("out").toString());
        assertEquals("2", result[0]);
        assertTrue(result[1].contains("input path does not exist") && result[1].contains("no-such-folder"), result[1]);
    }

    @Test
    void aBadConfigurationFileIsNamed() throws IOException {
        Path conf = Files.writeString(dir.resolve("job.conf"), "casualty-trends.spark.shuffle-partitions = -1\n");
        String[] result = run("run", "--input", dir.toString(), "--output", dir.resolve("out").toString(), "--config", conf.toString());
        assertEquals("2", result[0]);
        assertTrue(result[1].contains("job.conf") && result[1].contains("shuffle-partitions"), result[1]);
    }

    @Test
    void aClusterMasterIsSentToSubmitSh() {
        for (String master : new String[] {"spark://127.0.0.1:7077", "yarn", "k8s://https://127.0.0.1:6443"}) {
            String[] result = run("run", "--input", dir.toString(), "--output", dir.resolve("out").toString(), "--master", master);
            assertEquals("2", result[0], master);
            assertTrue(result[1].contains(master) && result[1].contains("jobs/submit.sh"), result[1]);
        }
    }

    @Test
    void aBadRuleIsNamedWithItsFileAndLine() throws IOException {
        String victims = RuleBundle.packaged().text(RuleFile.VICTIMS).replace("\tsecurity_forces\tperson", "\tsoldiery\tperson");
        Path rules = TestRules.folderWith(dir.resolve("rules"), RuleFile.VICTIMS, victims);
        Path conf = Files.writeString(dir.resolve("job.conf"), "casualty-trends.rules = \"" + rules + "\"\n");
        String[] result = run("run", "--input", dir.toString(), "--output", dir.resolve("out").toString(), "--config", conf.toString());
        assertEquals("2", result[0]);
        assertTrue(result[1].contains(rules + "/lexicon/victims.tsv:") && result[1].contains("unknown victim group 'soldiery'")
                && result[1].contains("casualty-trends.rules"), result[1]);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals("2", run("frobnicate")[0]);
        assertEquals("2", run()[0]);
    }

    @Test
    void badBenchArgumentsAreRefused() {
        String[] result = run("bench", "--articles", "0");
        assertEquals("2", result[0]);
        assertTrue(result[1].contains("--articles"), result[1]);
    }
}
