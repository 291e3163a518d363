package org.casualtytrends.cli;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spark's log lines: warnings to the run's log file, nothing on the console unless --verbose, which adds INFO there. */
class LogsTest {
    private static final Logger SPARK = LogManager.getLogger("org.apache.spark.scheduler.DAGScheduler");
    private final PrintStream console = System.err;
    private final String testLog = System.getProperty("casualty-trends.log.file");

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.setErr(console);
        Logs.configure(Path.of(testLog != null ? testLog : dir.resolve("test.log").toString()), false);
    }

    @Test
    void warningsGoToTheFileAndInfoToTheConsoleOnlyWhenVerbose() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));

        Path log = Logs.ofRun(dir.resolve("out").toString(), "r1");
        assertEquals(dir.resolve("out/_runs/r1.log"), log, "beside the run's manifest");
        Logs.configure(log, false);
        assertEquals(Optional.empty(), Logs.written(), "no file until a line is logged");
        SPARK.info("an info line");
        SPARK.warn("a warning");
        assertEquals(Optional.of(log), Logs.written());
        String written = Files.readString(log);
        assertTrue(written.contains("WARN DAGScheduler: a warning") && !written.contains("an info line"), written);
        assertEquals("", err.toString(), "nothing on the console");

        Path verbose = dir.resolve("verbose.log");
        Logs.configure(verbose, true);
        SPARK.info("an info line for the console");
        assertTrue(err.toString().contains("INFO DAGScheduler: an info line for the console"), err.toString());
        assertFalse(Files.exists(verbose), "the file keeps warnings only");
    }

    @Test
    void aRemoteOutputsLogIsInTheTemporaryFolder() {
        assertEquals(Path.of(System.getProperty("java.io.tmpdir"), "casualty-trends-logs", "r2.log"), Logs.ofRun("s3a://bucket/out", "r2"));
        assertEquals(Path.of("/data/out/_runs/r3.log"), Logs.ofRun("file:///data/out", "r3"));
    }
}
