package org.casualtytrends.extract.dates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How often the gold event date of an ISAF release is among the dates the reader finds in it: the
 * headroom left to the step that picks an incident's date. Skipped without the shared eval data.
 */
class DateReaderIsafDevTest {
    private static final Path ISAF_DEV = Path.of("../shared/eval/isaf-dev");

    @Test
    void goldEventDateIsAmongTheDatesFound() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ISAF_DEV), "no shared eval data");
        Map<String, LocalDate> gold = goldEventDates();
        DateReader reader = DateReader.defaults();
        int articles = 0;
        int goldIsABest = 0;
        int goldInAWindow = 0;
        int goldIsFallbackBest = 0;
        try (Stream<Path> files = Files.list(ISAF_DEV.resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                // First line: "date YYYY-MM-DD " then the text.
                String text = Files.readString(file);
                LocalDate published = LocalDate.parse(text.substring("date ".length(), "date YYYY-MM-DD".length()));
                LocalDate event = gold.get(file.getFileName().toString().replace(".txt", ""));
                List<DateWindow> windows = new ArrayList<>();
                for (String line : text.substring("date YYYY-MM-DD ".length()).split("\n")) {
                    reader.read(line, published).forEach(mention -> windows.add(mention.window()));
                }
                articles++;
                goldIsABest += windows.stream().anyMatch(w -> w.best().equals(event)) ? 1 : 0;
                goldInAWindow += windows.stream().anyMatch(w -> w.overlaps(DateWindow.day(event))) ? 1 : 0;
                goldIsFallbackBest += DateWindow.fallback(published).best().equals(event) ? 1 : 0;
            }
        }
        System.out.printf("isaf-dev dates: %d articles; gold event_date is the best day of a mention in %d (%.1f%%),"
                        + " inside a mention's window in %d; the fallback's best day (P-1) is gold in %d%n",
                articles, goldIsABest, 100.0 * goldIsABest / articles, goldInAWindow, goldIsFallbackBest);
        assertTrue(goldIsABest >= 0.7 * articles, goldIsABest + " of " + articles);
    }

    private static Map<String, LocalDate> goldEventDates() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, LocalDate> dates = new HashMap<>();
        for (String line : Files.readAllLines(ISAF_DEV.resolve("gold.jsonl"))) {
            JsonNode record = json.readTree(line);
            dates.put(record.get("article_id").asText(), LocalDate.parse(record.get("event_date").asText()));
        }
        return dates;
    }
}
