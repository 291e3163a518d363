package org.casualtytrends.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.pipeline.CasualtyTrendsPipeline;
import org.casualtytrends.pipeline.RunSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One output folder per test JVM, made by the whole job over a few hundred articles written here
 * (wire-style stories over ten provinces and two years, reports of one event that disagree, a
 * claim, news without casualties, and bad inputs of several kinds). The report, notebook and DuckDB
 * tests share it, so the job runs once for all of them.
 */
public final class GeneratedOutput {
    public static final String RUN_ID = "generated";
    /** Text of the largest event's sentence that is markup, to be shown as text. */
    public static final String MARKUP = "<i>& the governor agreed</i>";
    /** Weighted: the first provinces get most stories, so the top provinces are clear. */
    private static final String[] PROVINCES = {"Helmand", "Helmand", "Helmand", "Kandahar", "Kandahar", "Kunduz", "Kunduz",
            "Nangarhar", "Ghazni", "Herat", "Balkh", "Kabul", "Paktia", "Farah"};
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final int DAYS = 730;
    private static final int CONFLICT_STORIES = 240;
    private static final int OTHER_NEWS = 50;

    private static GeneratedOutput built;

    private final Path output;
    private final RunSummary summary;

    private GeneratedOutput(Path output, RunSummary summary) {
        this.output = output;
        this.summary = summary;
    }

    /** The output, made on first use. */
    public static synchronized GeneratedOutput get() {
        if (built == null) {
            try {
                Path dir = Files.createTempDirectory("generated-output");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
                Path input = writeArticles(dir.resolve("in"));
                Path output = dir.resolve("out");
                RunSummary summary = new CasualtyTrendsPipeline(SharedSpark.get(), JobConfig.defaults())
                        .run(List.of(input.toString()), output.toString(), RUN_ID, false);
                built = new GeneratedOutput(output, summary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    public Path output() {
        return output;
    }

    public RunSummary summary() {
        return summary;
    }

    private static Path writeArticles(Path in) throws IOException {
        Files.createDirectories(in);
        Random random = new Random(12);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < CONFLICT_STORIES; i++) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            String province = PROVINCES[random.nextInt(PROVINCES.length)];
            lines.add(line(json, "story-" + i, day.plusDays(1), story(random, province, day)));
        }
        // One event told by three outlets that disagree, one of them quoting a claim: a disputed event.
        LocalDate attack = LocalDate.of(2021, 6, 14);
        String weekday = weekday(attack);
        lines.add(line(json, "kunduz-police", attack.plusDays(1), "Three policemen were killed and five were wounded"
                + " when Taliban fighters attacked a checkpoint in Kunduz province on " + weekday + ", a police spokesman said.\n"
                + "The Taliban claimed that their fighters had killed 11 policemen."));
        lines.add(line(json, "kunduz-council", attack.plusDays(2), "Seven policemen were killed in the Taliban attack on a"
                + " checkpoint in Kunduz province on " + weekday + ", a member of the provincial council said."));
        lines.add(line(json, "kunduz-residents", attack.plusDays(2), "Residents said six policemen were killed when"
                + " Taliban fighters stormed a checkpoint in Kunduz province on " + weekday + "."));
        // The largest event, its sentence holding markup that the report must show as text.
        LocalDate overrun = LocalDate.of(2021, 3, 22);
        lines.add(line(json, "zabul-base", overrun.plusDays(1), "90 soldiers were killed when Taliban fighters overran a base"
                + " in Zabul province on " + weekday(overrun) + ", officials said " + MARKUP + "."));
        // No province named: an incident counted with province null.
        LocalDate unplaced = LocalDate.of(2020, 9, 8);
        lines.add(line(json, "no-province", unplaced.plusDays(1), "Two soldiers were killed when their vehicle hit a"
                + " roadside bomb in the south of the country on " + weekday(unplaced) + ", officials said."));
        for (int i = 0; i < OTHER_NEWS; i++) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            lines.add(line(json, "news-" + i, day, i % 2 == 0
                    ? "The central bank kept its main interest rate unchanged on " + weekday(day) + ", citing steady food prices."
                    : "Afghanistan's cricket team beat Ireland by " + SMALL[2 + i % 7] + " wickets on " + weekday(day) + "."));
        }
        // The same text under two ids: the second is a duplicate.
        lines.add(lines.get(0).replace("\"story-0\"", "\"story-0-copy\""));
        lines.add("{\"id\":\"no-date\",\"title\":\"Undated\",\"text\":\"Two soldiers were killed in Helmand province.\"}");
        lines.add("{\"id\":\"bad-json\",\"published\":");
        lines.add("{\"id\":\"empty-text\",\"published\":\"2021-02-03\",\"text\":\"\"}");
        Files.writeString(in.resolve("wire.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("bad-date.txt"), "date 2021-13-45 Five soldiers were killed in Helmand province.");
        return in;
    }

    private static String story(Random random, String province, LocalDate day) {
        String on = " in " + province + " province on " + weekday(day);
        int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 30 : 9);
        int m = 1 + random.nextInt(12);
        return switch (random.nextInt(4)) {
            case 0 -> capitalised(number(n)) + " soldiers were killed and " + number(m) + " were wounded when Taliban"
                    + " fighters attacked a checkpoint" + on + ", officials said.\nThe attack lasted about two hours.";
            case 1 -> "At least " + number(n) + " militants were killed in an airstrike" + on + ", the defence ministry said.";
            case 2 -> "A roadside bomb killed " + number(n) + " civilians and wounded " + number(m) + " others" + on
                    + ", police said.";
            default -> "Security forces arrested " + number(n) + " suspected Taliban fighters in a raid" + on
                    + ", a police spokesman said.";
        };
    }

    private static String line(ObjectMapper json, String id, LocalDate published, String text) {
        ObjectNode article = json.createObjectNode();
        article.put("id", id);
        article.put("published", published.toString());
        article.put("title", id);
        article.put("source", "Generated Wire");
        article.put("text", text);
        return article.toString();
    }

    private static String number(int n) {
        return n < SMALL.length ? SMALL[n] : Integer.toString(n);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
