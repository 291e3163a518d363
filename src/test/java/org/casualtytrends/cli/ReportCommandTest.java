package org.casualtytrends.cli;

import org.casualtytrends.testing.GeneratedOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code report --output DIR}: over an output folder it writes the page; anything else fails before Spark, exit 2. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private static int run(ByteArrayOutputStream err, String... args) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            return Main.execute(args);
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void aFolderWithoutTheTablesIsNamed() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "report", "--output", dir.toString()));
        assertTrue(err.toString().contains("has no incidents table"), err.toString());
    }

    @Test
    void anUnknownRunIsNamed() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "report", "--output", GeneratedOutput.get().output().toString(), "--run-id", "no-such-run"));
        assertTrue(err.toString().contains("no manifest of run no-such-run"), err.toString());
    }

    @Test
    void theReportOfTheNewestSuccessfulRunIsWritten() throws IOException {
        Path output = GeneratedOutput.get().output();
        Path page = output.resolve("report/index.html");
        Files.deleteIfExists(page);
        // A failed run after it: its manifest is newer, but the tables are still the successful run's.
        Files.writeString(output.resolve("_runs/failed-later.json"), "{\"runId\":\"failed-later\",\"exitStatus\":\"failed: test\"}");
        // The shared test session's settings, so that the command changes none of them.
        Path conf = Files.writeString(dir.resolve("test.conf"), "casualty-trends.spark.shuffle-partitions = 2\n");
        try {
            assertEquals(0, run(new ByteArrayOutputStream(), "report", "--output", output.toString(), "--config", conf.toString()));
            String html = Files.readString(page);
            assertTrue(html.contains("<code>" + GeneratedOutput.RUN_ID + "</code>"), "the successful run's manifest");
            try (var files = Files.list(output.resolve("report"))) {
                assertEquals(java.util.List.of("index.html"), files.map(p -> p.getFileName().toString()).toList(), "the page alone in report/");
            }
        } finally {
            Files.delete(output.resolve("_runs/failed-later.json"));
        }
    }
}
