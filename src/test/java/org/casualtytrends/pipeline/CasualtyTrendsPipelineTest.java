package org.casualtytrends.pipeline;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end over a small archive of every input format and every kind of bad input. */
class CasualtyTrendsPipelineTest {
    private static final String HELMAND = "date 2021-03-10 Two soldiers were killed in Helmand province on Monday, officials said.\n"
            + "The attack on a checkpoint lasted several hours.\n";
    private static final String ECONOMY = "date 2021-03-11 The central bank kept interest rates unchanged on Thursday.\n";

    @TempDir
    static Path dir;
    static RunSummary summary;
    static Map<String, String> statusById;

    @BeforeAll
    static void runOnceOverTheArchive() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(in.resolve("nested"));
        write(in.resolve("helmand.txt"), HELMAND);
        write(in.resolve("economy.txt"), ECONOMY);
        write(in.resolve("nested/helmand-again.txt"), HELMAND.replace("\n", "\r\n"));
        write(in.resolve("lines.jsonl"), String.join("\n",
                "{\"id\":\"j1\",\"published\":\"2021-04-02\",\"title\":\"Kandahar\",\"text\":\"Three civilians were wounded in a bombing in Kandahar province on Thursday, police said.\"}",
                "{\"id\":\"j2\",\"published\":\"2021-04-03T08:00:00Z\",\"title\":\"Markets\",\"text\":\"Shares rose.\"}",
                "{this is not json",
                "{\"id\":\"j4\",\"title\":\"No date\",\"text\":\"Something happened.\"}"));
        write(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {0x00, 0x01, 0x02, (byte) 0xff, 0x00, 0x10});
        Files.write(in.resolve("latin1.txt"), "date 2021-01-01 Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        write(in.resolve("undated.txt"), "Soldiers were killed somewhere.");
        byte[] gz = gzip(HELMAND.replace("Helmand", "Kunduz").getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length - 6));
        Files.write(in.resolve("whole.txt.gz"), gz);
        Files.write(in.resolve("bundle.zip"), zip(Map.of("z1.txt", "date 2021-05-05 Four police officers were killed in Ghazni province on Tuesday, officials said.\n")));
        Files.write(in.resolve("bundle.tar.gz"), tarGz(Map.of("t1.txt", ECONOMY.replace("interest", "lending"), "t2.jsonl",
                "{\"id\":\"t2a\",\"published\":\"2021-06-01\",\"text\":\"A dozen militants were killed in an airstrike in Nangarhar province, the army said.\"}\n")));
        write(in.resolve("notes.pdf"), "%PDF-1.4");

        SparkSession spark = SharedSpark.get();
        summary = new CasualtyTrendsPipeline(spark, JobConfig.defaults())
                .run(List.of(in.toString()), dir.resolve("out").toString(), "test-run", false);
        statusById = spark.read().parquet(dir.resolve("out/articles").toString()).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("article_id"),
                        r -> r.getAs("status") + (r.getAs("reject_reason") == null ? "" : ":" + r.getAs("reject_reason")),
                        (a, b) -> a + "," + b, TreeMap::new));
    }

    @Test
    void everyInputIsAccountedForInArticles() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("helmand", "accepted"),
                Map.entry("economy", "accepted"),
                Map.entry("helmand-again", "duplicate:duplicate_of:helmand"),
                Map.entry("j1", "accepted"),
                Map.entry("j2", "accepted"),
                Map.entry("file:" + dir + "/in/lines.jsonl#L3", "rejected:malformed_json"),
                Map.entry("j4", "rejected:missing_date"),
                Map.entry("empty", "rejected:empty_file"),
                Map.entry("binary", "rejected:binary_file"),
                Map.entry("latin1", "rejected:invalid_utf8"),
                Map.entry("undated", "rejected:missing_date"),
                Map.entry("cut", "rejected:truncated_gzip"),
                Map.entry("whole", "accepted"),
                Map.entry("z1", "accepted"),
                Map.entry("t1", "accepted"),
                Map.entry("t2a", "accepted"),
                Map.entry("notes.pdf", "rejected:unsupported_format")));
        assertEquals(expected, statusById);
        assertEquals(17, summary.read());
        assertEquals(8, summary.accepted());
        assertEquals(1, summary.duplicates());
        assertEquals(8, summary.rejected());
        assertEquals(Map.of("binary_file", 1L, "empty_file", 1L, "invalid_utf8", 1L, "malformed_json", 1L,
                "missing_date", 2L, "truncated_gzip", 1L, "unsupported_format", 1L), summary.rejectedByReason());
    }

    @Test
    void theHelmandSentenceBecomesAnIncident() {
        Row helmand = incident("helmand");
        assertEquals("AFG", helmand.getAs("country"));
        assertEquals("Hilmand", helmand.getAs("province")); // OCHA 2021 spelling
        assertEquals("AF30", helmand.getAs("province_code"));
        assertEquals(Date.valueOf("2021-03-08"), helmand.getAs("event_date"));
        assertEquals("day", helmand.getAs("date_precision"));
        assertEquals(2, (int) helmand.<Integer>getAs("killed_best"));
        assertEquals(2, (int) helmand.<Integer>getAs("killed_security_forces"));
        assertTrue(helmand.<Boolean>getAs("is_primary"));
        List<Row> evidence = helmand.getList(helmand.fieldIndex("evidence"));
        assertEquals("killed", evidence.get(0).getAs("kind"));
        assertEquals("official", evidence.get(0).getAs("source_type"));
        assertEquals(2, (int) evidence.get(0).<Integer>getAs("value"));
    }

    @Test
    void articlesFromEveryFormatAreExtracted() {
        assertEquals(3, (int) incident("j1").<Integer>getAs("injured_best"));
        assertEquals("Kandahar", incident("j1").getAs("province"));
        assertEquals(4, (int) incident("z1").<Integer>getAs("killed_best"));
        assertEquals(12, (int) incident("t2a").<Integer>getAs("killed_best"));
        assertEquals("Kunduz", incident("whole").getAs("province"));
        assertEquals(0, SharedSpark.get().read().parquet(dir.resolve("out/incidents").toString())
                .where("article_id in ('economy', 'j2', 't1', 'helmand-again')").count());
    }

    @Test
    void tablesArePartitionedByYearAndTrendsAreOneFile() throws IOException {
        for (String table : List.of("articles", "incidents", "events")) {
            assertTrue(Files.isDirectory(dir.resolve("out/" + table + "/year=2021")), table);
        }
        try (var files = Files.list(dir.resolve("out/casualty_trends"))) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count());
        }
        assertTrue(Files.exists(dir.resolve("out/_runs/test-run.json")));
        assertFalse(Files.exists(dir.resolve("out/_staging")));
    }

    @Test
    void trendsSumTheEventsPerProvinceAndMonth() {
        Dataset<Row> trends = SharedSpark.get().read().parquet(dir.resolve("out/casualty_trends").toString());
        Row helmand = trends.where("province_code = 'AF30'").first();
        assertEquals(Date.valueOf("2021-03-01"), helmand.getAs("month"));
        assertEquals(1L, (long) helmand.<Long>getAs("events"));
        assertEquals(2L, (long) helmand.<Long>getAs("killed_best"));
        assertEquals(1L, (long) helmand.<Long>getAs("articles"));
    }

    @Test
    void inputWithNoValidArticleIsRecordedAndTheRunSucceedsWithAWarning() throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        write(bad.resolve("empty.txt"), "");
        RunSummary run = new CasualtyTrendsPipeline(SharedSpark.get(), JobConfig.defaults())
                .run(List.of(bad.toString()), dir.resolve("bad-out").toString(), "bad-run", false);
        assertEquals(Map.of("empty_file", 1L), run.rejectedByReason());
        assertTrue(run.warnings().get(0).startsWith("no valid article in the input: 1 read, 1 rejected"), run.warnings().toString());
        assertEquals(List.of("rejected:empty_file"), SharedSpark.get().read().parquet(dir.resolve("bad-out/articles").toString())
                .selectExpr("concat(status, ':', reject_reason)").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        assertEquals(0, SharedSpark.get().read().parquet(dir.resolve("bad-out/incidents").toString()).count());
    }

    @Test
    void aFullRunOverNoFileAtAllFailsAndLeavesTheTables() throws IOException {
        Path none = Files.createDirectories(dir.resolve("none"));
        write(none.resolve(".hidden.txt"), HELMAND);
        assertThrows(CasualtyTrendsPipeline.NoInputException.class, () -> new CasualtyTrendsPipeline(SharedSpark.get(), JobConfig.defaults())
                .run(List.of(none.toString()), dir.resolve("none-out").toString(), "none-run", false));
        assertFalse(Files.exists(dir.resolve("none-out/articles")));
        assertTrue(Files.readString(dir.resolve("none-out/_runs/none-run.json")).contains("\"exitStatus\" : \"failed: "));
    }

    private static Row incident(String articleId) {
        List<Row> rows = SharedSpark.get().read().parquet(dir.resolve("out/incidents").toString())
                .where("article_id = '" + articleId + "' and is_primary").collectAsList();
        assertEquals(1, rows.size(), "primary incidents of " + articleId);
        return rows.get(0);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    static byte[] zip(Map<String, String> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var m : new TreeMap<>(members).entrySet()) {
                out.putNextEntry(new ZipEntry(m.getKey()));
                out.write(m.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] tarGz(Map<String, String> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            for (var m : new TreeMap<>(members).entrySet()) {
                byte[] content = m.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(m.getKey());
                entry.setSize(content.length);
                out.putArchiveEntry(entry);
                out.write(content);
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
