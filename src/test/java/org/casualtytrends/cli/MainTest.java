package org.casualtytrends.cli;

import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** Standard output of a command line that does not start Spark (--version, --help). */
    private static String out(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        try {
            assertEquals(0, Main.execute(args));
            return captured.toString();
        } finally {
            System.setOut(out);
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

    @Test
    void theVersionIsThePoms() throws Exception {
        // Tests run in the project's folder; the pom's own <version>, not a parent's or a dependency's.
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String version = XPathFactory.newInstance().newXPath().evaluate("/project/version", pom);
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
        assertEquals("casualty-trends " + version + "\n", out("--version"));
        assertEquals("casualty-trends " + version + "\n", out("run", "--version"));
    }

    @Test
    void errorOutputCarriesNoTerminalColours() throws IOException {
        // As on a terminal: picocli's automatic choice would colour the usage that follows an error.
        String saved = System.getProperty("picocli.ansi");
        System.setProperty("picocli.ansi", "true");
        try {
            Path conf = Files.writeString(dir.resolve("job.conf"), "casualty-trends.spark.shufle-partitions = 4\n");
            for (String[] args : new String[][] {{"run", "--output", dir.toString()}, {"frobnicate"}, {"bench", "--format", "csv"},
                    {"run", "--input", dir.toString(), "--output", dir.resolve("out").toString(), "--config", conf.toString()}}) {
                String[] result = run(args);
                assertEquals("2", result[0], String.join(" ", args));
                assertFalse(result[1].isBlank());
                assertFalse(result[1].contains("\u001b"), "an escape code in: " + result[1]);
            }
            assertFalse(out("run", "--help").contains("\u001b"));
        } finally {
            if (saved == null) {
                System.clearProperty("picocli.ansi");
            } else {
                System.setProperty("picocli.ansi", saved);
            }
        }
    }

    @Test
    void theBenchFormatIsReadInAnyCase() {
        for (String format : new String[] {"txt", "TXT", "Txt", "jsonl", "JSONL"}) {
            CommandLine.ParseResult parsed = Main.commandLine().parseArgs("bench", "--format", format);
            Object value = parsed.subcommand().matchedOptionValue("--format", null);
            assertEquals(format.toUpperCase(), String.valueOf(value), format);
        }
        assertEquals("2", run("bench", "--format", "csv")[0]);
    }

    @Test
    void aMisspelledConfigurationKeyIsRefusedBeforeSparkNamingItAndTheNearestKey() throws IOException {
        Path conf = Files.writeString(dir.resolve("job.conf"), "casualty-trends {\n  spark {\n    shufle-partitions = 4\n  }\n}\n");
        String[] result = run("run", "--input", dir.toString(), "--output", dir.resolve("out").toString(), "--config", conf.toString());
        assertEquals("2", result[0]);
        assertTrue(result[1].contains("unknown key casualty-trends.spark.shufle-partitions at line 3")
                && result[1].contains("did you mean casualty-trends.spark.shuffle-partitions?")
                && result[1].contains(conf.toString()), result[1]);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }
}
