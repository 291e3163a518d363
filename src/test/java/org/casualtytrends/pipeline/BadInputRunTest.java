package org.casualtytrends.pipeline;

import org.apache.spark.sql.Row;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each input that once failed a run, lost the other articles or left no row, in one run: the run
 * succeeds, every input has its row, and the tables agree with each other.
 */
class BadInputRunTest {
    @TempDir
    Path dir;

    private static String attack(String date, String province) {
        return "date " + date + " Two soldiers were killed in " + province + " province on Monday, officials said.\n";
    }

    @Test
    void everyInputThatOnceFailedOrVanishedEndsAsARowAndTheRunSucceeds() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("x:y.txt"), attack("2021-03-10", "Helmand"));
        Files.writeString(in.resolve("old.txt"), attack("1500-03-10", "Kunduz"));
        Files.write(in.resolve("utf16.txt"), attack("2021-03-11", "Ghazni").getBytes(StandardCharsets.UTF_16));
        Files.writeString(in.resolve("economy.txt"), "date 2021-03-11 The central bank kept interest rates unchanged on Thursday.\n");
        try (RandomAccessFile huge = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength((2L << 30) + 10);   // sparse: no disk used
        }
        Files.createSymbolicLink(in.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Path loop = Files.createDirectories(in.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("up"), in);
        Files.createSymbolicLink(loop.resolve("up-again"), in);
        for (String day : List.of("2021-05-01", "2021-05-02")) {
            Files.writeString(Files.createDirectories(in.resolve(day)).resolve("feed.jsonl"),
                    "{\"published\":\"" + day + "\",\"text\":\"Four police officers were killed in Kandahar province on " + day + ", officials said.\"}\n");
        }
        Path named = Files.createDirectories(dir.resolve("named"));
        Files.writeString(named.resolve(".hidden.txt"), attack("2021-03-12", "Logar"));
        Files.writeString(named.resolve("_under.txt"), attack("2021-03-13", "Paktia"));

        RunSummary run = new CasualtyTrendsPipeline(SharedSpark.get(), JobConfig.defaults()).run(
                List.of(in.toString(), named.resolve(".hidden.txt").toString(), named.resolve("_under.txt").toString()),
                dir.resolve("out").toString(), "bad-inputs", false);

        assertEquals("succeeded", run.exitStatus());
        Map<String, String> byPath = new TreeMap<>();
        List<Row> articles = SharedSpark.get().read().parquet(dir.resolve("out/articles").toString()).collectAsList();
        for (Row r : articles) {
            String path = r.<String>getAs("source_path").substring(("file:" + dir + "/").length());
            String status = r.getAs("status") + (r.getAs("reject_reason") == null ? "" : ":" + r.getAs("reject_reason"));
            assertEquals(null, byPath.put(path, status), "one row per input: " + path);
        }
        assertEquals(Map.ofEntries(
                Map.entry("in/x:y.txt", "accepted"),
                Map.entry("in/old.txt", "accepted"),
                Map.entry("in/utf16.txt", "accepted"),
                Map.entry("in/economy.txt", "accepted"),
                Map.entry("in/huge.txt", "rejected:too_large"),
                Map.entry("in/gone.txt", "rejected:unreadable_file"),
                Map.entry("in/2021-05-01/feed.jsonl#L1", "accepted"),
                Map.entry("in/2021-05-02/feed.jsonl#L1", "accepted"),
                Map.entry("named/.hidden.txt", "accepted"),
                Map.entry("named/_under.txt", "accepted")), byPath);
        assertEquals(1500, (int) articles.stream().filter(r -> r.<String>getAs("source_path").endsWith("old.txt"))
                .findFirst().orElseThrow().<Integer>getAs("year"));

        // The tables agree: every incident belongs to an accepted article, as many as articles count.
        Set<String> accepted = new HashSet<>();
        long counted = 0;
        for (Row r : articles) {
            if ("accepted".equals(r.getAs("status"))) {
                accepted.add(r.getAs("article_id"));
                counted += ((Number) r.getAs("n_incidents")).longValue();
            }
        }
        List<Row> incidents = SharedSpark.get().read().parquet(dir.resolve("out/incidents").toString()).collectAsList();
        assertEquals(counted, incidents.size());
        assertTrue(incidents.stream().allMatch(i -> accepted.contains(i.<String>getAs("article_id"))));
        // The seven attacks (all but the economy story), each found.
        assertEquals(7, incidents.stream().map(i -> i.<String>getAs("article_id")).distinct().count());
        assertEquals(run.events(), SharedSpark.get().read().parquet(dir.resolve("out/events").toString()).count());
    }
}
