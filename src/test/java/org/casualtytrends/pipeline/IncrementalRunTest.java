package org.casualtytrends.pipeline;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scheduled runs: rerunning the same input changes nothing, two incremental runs end where one
 * full run does, and one attack told by three articles is one event while two attacks stay two.
 */
class IncrementalRunTest {
    /** Monday 2021-03-08: one attack in Dasht-e-Archi, told by three articles on three days, tolls rising. */
    private static final String[] ATTACK = {
            "date 2021-03-09 Five soldiers were killed when Taliban fighters attacked a checkpoint in Dasht-e-Archi district of Kunduz province on Monday, officials said.\n",
            "date 2021-03-10 The toll of Monday's Taliban attack on a checkpoint in Dasht-e-Archi district of Kunduz province rose to eight soldiers killed, the provincial governor said.\n"
                    + "A Taliban spokesman claimed that 20 soldiers were killed in the attack.\n",
            "date 2021-03-11 Eleven soldiers were killed in the Taliban attack on a checkpoint in Dasht-e-Archi district of Kunduz province on Monday, the defence ministry said on Thursday.\n"};
    /** The same Monday, the same province, another district and another attack. */
    private static final String OTHER_ATTACK =
            "date 2021-03-09 A roadside bomb killed three civilians in Imam Sahib district of Kunduz province on Monday, police said.\n";
    private static final String UNRELATED = "date 2021-03-12 Wheat prices fell in Kabul markets this week, traders said.\n";

    @TempDir
    static Path dir;
    static Path dayOne;
    static Path dayTwo;
    static JobConfig config = JobConfig.defaults();

    @BeforeAll
    static void writeArchives() throws IOException {
        dayOne = Files.createDirectories(dir.resolve("archive/2021-03-09"));
        dayTwo = Files.createDirectories(dir.resolve("archive/2021-03-11"));
        write(dayOne.resolve("a1.txt"), ATTACK[0]);
        write(dayOne.resolve("b1.txt"), OTHER_ATTACK);
        write(dayTwo.resolve("a2.txt"), ATTACK[1]);
        write(dayTwo.resolve("a3.txt"), ATTACK[2]);
        write(dayTwo.resolve("u1.txt"), UNRELATED);
    }

    private static RunSummary run(String out, String runId, boolean incremental, Path... inputs) {
        return new CasualtyTrendsPipeline(SharedSpark.get(), config)
                .run(Arrays.stream(inputs).map(Path::toString).toList(), dir.resolve(out).toString(), runId, incremental);
    }

    /** The table's rows, sorted, without the run id (which names the run, not the content). */
    private static List<String> rows(String out, String table) {
        Dataset<Row> rows = SharedSpark.get().read().parquet(dir.resolve(out).resolve(table).toString());
        if (Arrays.asList(rows.columns()).contains("run_id")) {
            rows = rows.drop("run_id");
        }
        return rows.collectAsList().stream().map(Row::toString).sorted().toList();
    }

    @Test
    void oneAttackToldByThreeArticlesIsOneEventAndTwoAttacksStayTwo() {
        run("full", "full", false, dir.resolve("archive"));
        Dataset<Row> events = SharedSpark.get().read().parquet(dir.resolve("full/events").toString());
        assertEquals(2, events.count());
        Row attack = events.where("district = 'Dasht-e-Archi'").first();
        assertEquals(5, (int) attack.<Integer>getAs("killed_low"));
        assertEquals(11, (int) attack.<Integer>getAs("killed_best"));
        assertEquals(20, (int) attack.<Integer>getAs("killed_high"));
        assertTrue(attack.<Boolean>getAs("disputed"));
        assertEquals(3, (int) attack.<Integer>getAs("n_reports"));
        assertEquals(3, (int) attack.<Integer>getAs("n_articles"));
        assertEquals(java.sql.Date.valueOf("2021-03-08"), attack.getAs("event_date"));
        assertEquals(java.sql.Date.valueOf("2021-03-09"), attack.getAs("first_reported"));
        assertEquals(java.sql.Date.valueOf("2021-03-11"), attack.getAs("last_reported"));
        Row bomb = events.where("district = 'Imam Sahib'").first();
        assertEquals(3, (int) bomb.<Integer>getAs("killed_best"));

        Row kunduz = SharedSpark.get().read().parquet(dir.resolve("full/casualty_trends").toString()).where("province = 'Kunduz'").first();
        assertEquals(2L, (long) kunduz.<Long>getAs("events"));
        assertEquals(14L, (long) kunduz.<Long>getAs("killed_best"));
        assertEquals(4L, (long) kunduz.<Long>getAs("articles"));
    }

    @Test
    void twoIncrementalRunsGiveWhatOneFullRunGives() {
        run("full-2", "full", false, dayOne, dayTwo);
        run("incr", "day1", true, dayOne);
        RunSummary second = run("incr", "day2", true, dayOne, dayTwo);
        assertEquals(2, second.skippedAsSeen());
        assertEquals(3, second.accepted());
        for (String table : CasualtyTrendsPipeline.TABLES) {
            assertEquals(rows("full-2", table), rows("incr", table), table);
        }
    }

    @Test
    void rerunningTheSameInputChangesNothing() {
        run("again", "first", false, dir.resolve("archive"));
        List<List<String>> before = CasualtyTrendsPipeline.TABLES.stream().map(t -> rows("again", t)).toList();
        RunSummary rerun = run("again", "second", true, dir.resolve("archive"));
        assertEquals(5, rerun.skippedAsSeen());
        assertEquals(0, rerun.accepted());
        assertEquals(before, CasualtyTrendsPipeline.TABLES.stream().map(t -> rows("again", t)).toList());
        run("again", "third", false, dir.resolve("archive"));
        assertEquals(before, CasualtyTrendsPipeline.TABLES.stream().map(t -> rows("again", t)).toList());
        assertFalse(Files.exists(dir.resolve("again/_staging")));
        assertTrue(Files.exists(dir.resolve("again/_runs/second.json")));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
