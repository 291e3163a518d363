package org.casualtytrends.cli;

import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.ingest.ReadArticles;
import org.casualtytrends.pipeline.CasualtyTrendsPipeline;
import org.casualtytrends.pipeline.RunProgress;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The progress lines: each step by name with its articles done, the input's size and its tasks, while tasks still run. */
class ConsoleProgressTest {
    @TempDir
    Path dir;

    @Test
    void aStepShowsItsArticlesTheInputAndItsTasks() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        long bytes = 0;
        for (int i = 0; i < 3; i++) {
            bytes += Files.size(Files.writeString(in.resolve("a" + i + ".txt"),
                    "date 2021-03-0" + (i + 1) + " Two soldiers were killed in Kunduz on Monday, officials said.\n"));
        }
        SparkSession spark = SharedSpark.get();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try (ConsoleProgress progress = ConsoleProgress.follow(spark.sparkContext(), new PrintStream(lines, true), dir.resolve("x.log"))) {
            RunProgress.step(spark, "read, annotate, extract");
            new CasualtyTrendsPipeline(spark, JobConfig.defaults()).extract(ReadArticles.apply(spark, List.of(in.toString())))
                    .write().format("noop").mode("overwrite").save();
            awaitStatus(progress, Pattern.quote("3 articles done (input: 3 files, " + bytes + " bytes), ") + "tasks (\\d+) of \\1");
            RunProgress.step(spark, "another step");
            spark.range(10).write().format("noop").mode("overwrite").save();
            awaitStatus(progress, "tasks (\\d+) of \\1");
        } finally {
            RunProgress.end(spark);
        }
        List<String> printed = lines.toString().lines().toList();
        assertTrue(printed.get(0).matches(" 0:0\\d {2}Spark 3\\.5\\.\\d+ on local\\[2]; its log: .*x\\.log"), printed.get(0));
        String input = "  read, annotate, extract (3 files, " + bytes + " bytes)";
        assertTrue(printed.stream().anyMatch(l -> l.endsWith(input)), String.join("\n", printed));
        assertTrue(printed.stream().anyMatch(l -> l.endsWith("  another step")), String.join("\n", printed));
        assertFalse(printed.stream().anyMatch(l -> l.contains("another step") && l.contains("input")), "the input is the first step's");
    }

    @Test
    void runningTasksReportTheirArticlesEveryFewSeconds() {
        SparkSession spark = SharedSpark.get();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try (ConsoleProgress progress = ConsoleProgress.follow(spark.sparkContext(), new PrintStream(lines, true), dir.resolve("x.log"))) {
            RunProgress.step(spark, "slow step");
            LongAccumulator articles = spark.sparkContext().longAccumulator(RunProgress.ARTICLES);
            // One task of 7 s: only the executor's heartbeats can bring its count before it ends.
            spark.range(0, 70, 1, 1).foreachPartition((ForeachPartitionFunction<Long>) rows -> {
                while (rows.hasNext()) {
                    rows.next();
                    articles.add(1);
                    Thread.sleep(100);
                }
            });
            awaitStatus(progress, "70 articles done, tasks 1 of 1");
        } finally {
            RunProgress.end(spark);
        }
        Pattern running = Pattern.compile("slow step: (\\d+) articles done, tasks 0 of 1");
        List<Integer> counts = lines.toString().lines().map(running::matcher).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).toList();
        assertTrue(counts.stream().anyMatch(n -> n > 0 && n < 70), "a count while the task ran: " + lines);
    }

    @Test
    void sizesReadAsAPersonWouldSayThem() {
        assertEquals("812 bytes", ConsoleProgress.size(812));
        assertEquals("14.2 KB", ConsoleProgress.size(14_200));
        assertEquals("24.6 MB", ConsoleProgress.size(24_600_000));
        assertEquals("3.1 GB", ConsoleProgress.size(3_100_000_000L));
    }

    /** The status once it matches {@code regex} (the listener bus delivers Spark's events a little later). */
    private static void awaitStatus(ConsoleProgress progress, String regex) {
        Supplier<String> status = progress::status;
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            String now = status.get();
            if (now.matches(regex)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("status " + status.get() + " never matched " + regex);
    }
}
