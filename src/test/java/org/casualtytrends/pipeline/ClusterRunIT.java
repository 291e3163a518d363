package org.casualtytrends.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.cli.Main;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The application jar on a real Spark standalone cluster (jobs/local-cluster.sh: a master and two
 * workers of one core on 127.0.0.1, each its own JVM, executors launched by the workers), submitted
 * with jobs/submit.sh as a user would: every table equals the embedded run's on the same input
 * (seed-format text, JSON Lines, .zip and .tar.gz), also when an executor is killed mid-job, and a
 * setting given to spark-submit is the one the run used. Every process started is gone afterwards.
 */
class ClusterRunIT {
    private static final Path HOME = Path.of(System.getProperty("casualty-trends.home", "")).toAbsolutePath();
    private static final Path BUILD = Path.of(System.getProperty("casualty-trends.build-dir", "target")).toAbsolutePath();
    private static final Path CLUSTER = BUILD.resolve("cluster-it");
    private static final Path WORK = CLUSTER.resolve("runs");
    private static final Path SPARK_HOME = BUILD.resolve("spark-home");
    /** Generous for a busy 2-core CI machine; each bounds one wait, so a hang fails instead of blocking the build. */
    private static final long START_MINUTES = 10;
    private static final long RUN_MINUTES = 10;

    /** Every process this test saw: daemons, executors, drivers. All must be gone at the end. */
    private static final Set<ProcessHandle> SEEN = new HashSet<>();
    private static String master;
    private static Path input;
    private static Path local;

    @BeforeAll
    static void startTheClusterAndRunEmbedded() throws Exception {
        deleteTree(WORK);
        input = Files.createDirectories(WORK.resolve("in"));
        Files.writeString(input.resolve("kunduz.txt"),
                "date 2021-03-09 Five soldiers were killed when Taliban fighters attacked a checkpoint in Dasht-e-Archi district of Kunduz province on Monday, officials said.\n");
        Files.writeString(input.resolve("wire.jsonl"), String.join("\n",
                "{\"id\":\"w1\",\"published\":\"2021-04-02\",\"title\":\"Kandahar\",\"text\":\"Three civilians were wounded in a bombing in Kandahar province on Thursday, police said.\"}",
                "{\"id\":\"w2\",\"published\":\"2021-04-03T08:00:00Z\",\"title\":\"Markets\",\"text\":\"Shares rose in Kabul.\"}",
                "{\"id\":\"w3\",\"published\":\"2021-03-10\",\"text\":\"The toll of Monday's Taliban attack on a checkpoint in Dasht-e-Archi district of Kunduz province rose to eight soldiers killed, the provincial governor said.\"}"));
        Files.write(input.resolve("bundle.zip"), CasualtyTrendsPipelineTest.zip(Map.of(
                "z1.txt", "date 2021-05-05 Four police officers were killed in Ghazni province on Tuesday, officials said.\n",
                "z2.jsonl", "{\"id\":\"z2\",\"published\":\"2021-05-06\",\"text\":\"A roadside bomb killed two civilians in Imam Sahib district of Kunduz province on Wednesday, police said.\"}\n")));
        Files.write(input.resolve("bundle.tar.gz"), CasualtyTrendsPipelineTest.tarGz(Map.of(
                "t1.txt", "date 2021-06-01 A dozen militants were killed in an airstrike in Nangarhar province, the army said.\n",
                "t2.txt", "date 2021-06-02 The central bank kept interest rates unchanged on Wednesday.\n")));

        String started = script(START_MINUTES, "jobs/local-cluster.sh", "start", "--dir", CLUSTER.toString(), "--port", "0",
                "--workers", "2", "--worker-cores", "1", "--worker-memory", "1g");
        master = Files.readString(CLUSTER.resolve("master-url")).strip();
        assertTrue(master.startsWith("spark://127.0.0.1:"), started);
        daemons().forEach(SEEN::add);
        assertEquals(3, daemons().size(), "a master and two workers: " + started);

        local = WORK.resolve("local");
        SharedSpark.get();
        assertEquals(0, Main.execute("run", "--input", input.toString(), "--output", local.toString(), "--run-id", "local"));
    }

    @AfterAll
    static void stopTheClusterAndCheckNothingIsLeft() throws Exception {
        try {
            script(2, "jobs/local-cluster.sh", "stop", "--dir", CLUSTER.toString());
        } finally {
            SEEN.forEach(ProcessHandle::destroyForcibly);
        }
        List<ProcessHandle> alive = SEEN.stream().filter(ProcessHandle::isAlive).toList();
        assertTrue(alive.isEmpty(), "processes left running: " + alive.stream().map(p -> p.info().commandLine().orElse("" + p.pid())).toList());
    }

    @Test
    void theClusterWritesTheTablesOfAnEmbeddedRunAndKeepsTheSettingsGivenToSparkSubmit() throws Exception {
        Path out = WORK.resolve("cluster");
        Process driver = submit(out, "cluster", "--conf", "spark.sql.shuffle.partitions=7");
        awaitSuccess(driver, out);
        assertSameTables(local, out);

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("_runs/cluster.json").toFile());
        assertEquals("succeeded", manifest.get("exitStatus").asText());
        assertEquals(master, manifest.get("spark").get("spark.master").asText());
        assertEquals("7", manifest.get("spark").get("spark.sql.shuffle.partitions").asText(), manifest.toString());
    }

    @Test
    void anExecutorKilledMidJobIsReplacedAndTheTablesAreTheSame() throws Exception {
        Path out = WORK.resolve("killed");
        Process driver = submit(out, "killed");
        // The first table of the run is staged once annotation and extraction are under way.
        Path staging = out.resolve("_staging/killed/extracted");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(RUN_MINUTES);
        while (!Files.exists(staging) || executors().size() < 2) {
            if (!driver.isAlive() || System.nanoTime() > deadline) {
                fail("the run ended or timed out before it was under way on both executors:\n" + log(out));
            }
            Thread.sleep(100);
        }
        ProcessHandle victim = executors().get(0);
        victim.destroyForcibly();
        assertTrue(victim.onExit().get(1, TimeUnit.MINUTES) != null && driver.isAlive(), "killed while the job ran");

        awaitSuccess(driver, out);
        assertSameTables(local, out);
        // Workers keep a folder per executor of an application: work/worker-N/<app id>/<executor id>.
        Matcher app = Pattern.compile("app-\\d{14}-\\d{4}").matcher(Files.readString(logFile(out)));
        assertTrue(app.find(), "the application id in the driver's log");
        List<Path> executorFolders = new ArrayList<>();
        try (Stream<Path> workers = Files.list(CLUSTER.resolve("work"))) {
            for (Path worker : workers.toList()) {
                Path appFolder = worker.resolve(app.group());
                if (Files.isDirectory(appFolder)) {
                    try (Stream<Path> folders = Files.list(appFolder)) {
                        folders.forEach(executorFolders::add);
                    }
                }
            }
        }
        assertTrue(executorFolders.size() >= 3, "a replacement executor was launched: " + executorFolders);
    }

    /** Starts jobs/submit.sh in the background, as a scheduler would; its output goes to OUT.log. */
    private static Process submit(Path out, String runId, String... sparkSubmitOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("jobs/submit.sh").toString(), "--master", master,
                "--driver-memory", "1g", "--executor-memory", "1g"));
        command.addAll(Arrays.asList(sparkSubmitOptions));
        command.addAll(List.of("run", "--input", input.toString(), "--output", out.toString(), "--run-id", runId));
        ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile(out).toFile());
        builder.environment().put("SPARK_HOME", SPARK_HOME.toString());
        builder.environment().put("CASUALTY_TRENDS_APP_JAR", System.getProperty("casualty-trends.app-jar"));
        Process driver = builder.start();
        SEEN.add(driver.toHandle());
        return driver;
    }

    private static void awaitSuccess(Process driver, Path out) throws Exception {
        if (!driver.waitFor(RUN_MINUTES, TimeUnit.MINUTES)) {
            driver.descendants().forEach(ProcessHandle::destroyForcibly);
            driver.destroyForcibly();
            fail("the cluster run did not finish in " + RUN_MINUTES + " minutes:\n" + log(out));
        }
        assertEquals(0, driver.exitValue(), log(out));
    }

    /** Each table equals the embedded run's, row for row (as multisets), the run id aside. */
    private static void assertSameTables(Path expected, Path actual) {
        SparkSession spark = SharedSpark.get();
        for (String table : CasualtyTrendsPipeline.TABLES) {
            Dataset<Row> a = spark.read().parquet(expected.resolve(table).toString()).drop("run_id");
            Dataset<Row> b = spark.read().parquet(actual.resolve(table).toString()).drop("run_id");
            assertEquals(a.count(), b.count(), table + ": rows");
            assertTrue(a.count() > 0, table + ": empty");
            assertEquals(0, a.exceptAll(b).count(), table + ": rows of the embedded run missing on the cluster");
            assertEquals(0, b.exceptAll(a).count(), table + ": rows of the cluster run missing from the embedded one");
        }
    }

    /** The master and the workers local-cluster.sh started (their ids are in DIR/pids). */
    private static List<ProcessHandle> daemons() throws IOException {
        return Files.readAllLines(CLUSTER.resolve("pids")).stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(pid -> ProcessHandle.of(Long.parseLong(pid))).flatMap(java.util.Optional::stream).toList();
    }

    /** The executors the workers run now: their child processes. */
    private static List<ProcessHandle> executors() throws IOException {
        List<ProcessHandle> executors = daemons().stream().flatMap(ProcessHandle::children)
                .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend")).toList();
        SEEN.addAll(executors);
        return executors;
    }

    /** Runs one of the project's scripts to its end, within a time limit; returns its output. */
    private static String script(long minutes, String... command) throws Exception {
        Path output = Files.createTempFile("casualty-trends-script", ".log");
        try {
            command[0] = HOME.resolve(command[0]).toString();
            ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("CT_SPARK_HOME", SPARK_HOME.toString());
            Process process = builder.start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + minutes + " minutes:\n" + Files.readString(output));
            }
            String text = Files.readString(output);
            assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + text);
            return text;
        } finally {
            Files.delete(output);
        }
    }

    private static Path logFile(Path out) {
        return out.resolveSibling(out.getFileName() + ".log");
    }

    private static String log(Path out) {
        try {
            List<String> lines = Files.readAllLines(logFile(out), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 200), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
