package org.casualtytrends.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.output.OutputLock;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs are safe against each other and against kills, and a quiet day is an ordinary run. */
class RunSafetyTest {
    @TempDir
    static Path dir;
    static Path input;

    private static final String[] ARTICLES = {
        "date 2021-03-10 Two soldiers were killed in Helmand province on Monday, officials said.\n",
        "date 2021-03-12 A roadside bomb killed three civilians in Kunduz province on Wednesday, police said.\n",
        "date 2021-03-11 The central bank kept interest rates unchanged on Thursday.\n",
    };

    @BeforeAll
    static void writeInput() throws IOException {
        input = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < ARTICLES.length; i++) {
            Files.writeString(input.resolve("a" + i + ".txt"), ARTICLES[i]);
        }
    }

    private static RunSummary run(Path in, String out, String runId) {
        return new CasualtyTrendsPipeline(SharedSpark.get(), JobConfig.defaults())
                .run(List.of(in.toString()), dir.resolve(out).toString(), runId, false);
    }

    /** Every table's rows, sorted, without the run id (which names the run, not the content). */
    private static List<List<String>> tables(String out) {
        List<List<String>> tables = new ArrayList<>();
        for (String table : CasualtyTrendsPipeline.TABLES) {
            Dataset<Row> rows = SharedSpark.get().read().parquet(dir.resolve(out).resolve(table).toString());
            if (Arrays.asList(rows.columns()).contains("run_id")) {
                rows = rows.drop("run_id");
            }
            tables.add(rows.collectAsList().stream().map(Row::toString).sorted().toList());
        }
        return tables;
    }

    @Test
    void twoRunsStartedAtOnceOnOneOutputOneWritesTheOtherIsRefused() throws Exception {
        run(input, "single", "single");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RunSummary>> runs = new ArrayList<>();
            for (String id : List.of("first", "second")) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return run(input, "both", id);
                }));
            }
            start.countDown();
            List<String> ended = new ArrayList<>();
            for (Future<RunSummary> r : runs) {
                try {
                    ended.add(r.get().exitStatus());
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof OutputLock.LockedException, e.toString());
                    ended.add("refused");
                }
            }
            assertEquals(List.of("refused", "succeeded"), ended.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(tables("single"), tables("both"));
        assertEquals(ARTICLES.length, tables("both").get(0).size());
        List<String> manifests = new ArrayList<>();
        for (String id : List.of("first", "second")) {
            manifests.add(new ObjectMapper().readTree(dir.resolve("both/_runs/" + id + ".json").toFile()).get("exitStatus").asText());
        }
        assertTrue(manifests.contains("succeeded") && manifests.stream().anyMatch(s -> s.startsWith("refused: the output ")),
                manifests.toString());
        assertFalse(Files.exists(dir.resolve("both").resolve(OutputLock.LOCK)));
        assertFalse(Files.exists(dir.resolve("both/_staging")));
    }

    @Test
    void aRunKilledWhileStagingLeavesItsLockAndTheNextRunTakesItOverAndIsRight() throws Exception {
        run(input, "single-killed", "single");
        run(input, "killed", "before");
        // What a run killed while staging leaves: its lock (its process gone) and its staging folder.
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.write(dir.resolve("killed").resolve(OutputLock.LOCK), new ObjectMapper().writeValueAsBytes(
                new OutputLock.Holder("killed", java.net.InetAddress.getLocalHost().getHostName(), gone.pid(), "2021-05-01T02:14:59Z",
                        "2021-05-01T02:15:00Z")));
        Files.createDirectories(dir.resolve("killed/_staging/killed/articles"));
        Files.writeString(dir.resolve("killed/_staging/killed/articles/part-00000.parquet"), "half a file");
        assertEquals(tables("single-killed"), tables("killed"));

        RunSummary next = run(input, "killed", "after");
        assertEquals("succeeded", next.exitStatus());
        assertTrue(next.warnings().get(0).startsWith("took over the lock of run killed "), next.warnings().toString());
        assertEquals(tables("single-killed"), tables("killed"));
        assertTrue(Files.readString(dir.resolve("killed/_runs/killed.json")).contains("\"exitStatus\" : \"failed: ended without finishing"));
        assertFalse(Files.exists(dir.resolve("killed/_staging")));
        assertFalse(Files.exists(dir.resolve("killed").resolve(OutputLock.LOCK)));
    }

    @Test
    void aQuietDayWithoutIncidentsWritesEmptyTablesWithTheirSchemaAndSucceeds() throws IOException {
        Path quiet = Files.createDirectories(dir.resolve("quiet-in"));
        Files.writeString(quiet.resolve("economy.txt"), ARTICLES[2]);
        RunSummary summary = run(quiet, "quiet", "quiet");
        assertEquals("succeeded", summary.exitStatus());
        assertEquals(1, summary.accepted());
        assertEquals(List.of(1, 0, 0, 0), tables("quiet").stream().map(List::size).toList());
        for (String table : List.of("incidents", "events")) {
            List<String> columns = List.of(SharedSpark.get().read().parquet(dir.resolve("quiet").resolve(table).toString()).columns());
            assertTrue(columns.contains("province") && columns.contains("year"), table + ": " + columns);
        }
        assertFalse(Files.exists(dir.resolve("quiet/_staging")));
        assertTrue(Files.exists(dir.resolve("quiet/_runs/quiet.json")));
    }
}
