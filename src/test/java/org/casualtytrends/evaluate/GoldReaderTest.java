package org.casualtytrends.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.casualtytrends.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldReaderTest {
    private static final String ISAF_LINE = "{\"article_id\": \"a1\", \"published\": \"2011-01-10\", "
            + "\"event_date\": \"2011-01-09\", \"province_codes\": [\"AF30\", \"AF27\"], \"killed\": 2, \"captured\": 1}";

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("gold.jsonl"), content);
    }

    @Test
    void readsIsafLines() throws IOException {
        Gold gold = Evaluation.readGold(write(ISAF_LINE + "\n\n"));

        assertEquals(new IsafGold(dir.resolve("gold.jsonl"), List.of(new IsafGoldArticle("a1",
                LocalDate.of(2011, 1, 10), LocalDate.of(2011, 1, 9), List.of("AF30", "AF27"), 2, 1))), gold);
        assertEquals("isaf", gold.format());
    }

    @Test
    void readsNewsLinesIntoIncidents() throws IOException {
        Gold gold = Evaluation.readGold(write("""
                {"article_id": "n1", "published": "2020-01-29", "incidents": [{"summary": "checkpoint attack", \
                "event_date": "2020-01-28", "country": "AFG", "province": "Kunduz", "province_code": "AF19", \
                "killed_low": 13, "killed_best": 13, "killed_high": 35, "captured_best": 4, \
                "killed_by_group": {"security_forces": 13}, "disputed": true, "is_primary": true, "optional": false, \
                "figures": [{"quote": "four were captured", "kind": "captured", "value": 4, "operator": "exact", \
                "source_type": "claim"}]}]}
                """));

        NewsGoldArticle article = ((NewsGold) gold).articles().get(0);
        GoldIncident incident = article.incidents().get(0);
        Incident coded = incident.incident();
        assertEquals("news", gold.format());
        assertEquals(LocalDate.of(2020, 1, 29), article.published());
        assertEquals(List.of("n1", "n1#gold1", "AF19", "Kunduz"),
                List.of(coded.articleId(), coded.incidentId(), coded.provinceCode(), coded.province()));
        assertEquals(LocalDate.of(2020, 1, 28), coded.eventDate());
        assertEquals(List.of(13, 13, 35, 4, 13), List.of(coded.killedLow(), coded.killedBest(), coded.killedHigh(),
                coded.capturedBest(), coded.killedSecurityForces()));
        assertEquals(List.of(true, true, false), List.of(coded.disputed(), coded.isPrimary(), incident.optional()));
        assertEquals(List.of(new GoldFigure("four were captured", "captured", 4, "exact", "claim")), incident.figures());
        assertEquals("checkpoint attack", incident.summary());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON          | {"article_id": "a2", "killed": |line 2: invalid JSON
            neither format    | {"article_id": "a2"}|line 2: neither "incidents" (news format) nor "killed" (ISAF format)
            mixed formats     | {"article_id": "a2", "incidents": []}|line 2: a news-format line in a file whose first line is isaf-format
            repeated article  | {"article_id": "a1", "killed": 0, "captured": 0, "province_codes": []}|line 2: article a1 appears a second time
            missing field     | {"article_id": "a2", "killed": 0, "province_codes": []}|line 2: missing field captured
            bad date          | {"article_id": "a2", "killed": 0, "captured": 0, "province_codes": [], "event_date": "2011-13-01"}|line 2: field event_date: expected a date YYYY-MM-DD, got "2011-13-01"
            bad count         | {"article_id": "a2", "killed": 1.5, "captured": 0, "province_codes": []}|line 2: field killed: expected an integer, got 1.5
            """)
    void errorsNameFileAndLine(String problem, String secondLine, String expected) throws IOException {
        Path file = write(ISAF_LINE + "\n" + secondLine + "\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Evaluation.readGold(file));

        assertTrue(error.getMessage().startsWith(file + " " + expected), error.getMessage());
    }

    @Test
    void errorsInsideAnIncidentNameIt() throws IOException {
        Path file = write("\n{\"article_id\": \"n1\", \"incidents\": [{\"killed_best\": 1}, "
                + "{\"killed_best\": \"two\"}]}\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Evaluation.readGold(file));

        assertEquals(file + " line 2: incident 2, field killed_best: expected an integer, got \"two\"", error.getMessage());
    }

    @Test
    void unknownVictimGroupIsAnError() throws IOException {
        Path file = write("{\"article_id\": \"n1\", \"incidents\": [{\"killed_by_group\": {\"soldiers\": 1}}]}\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Evaluation.readGold(file));

        assertEquals(file + " line 1: incident 1, killed_by_group: unknown victim group 'soldiers', expected one of "
                + "[security_forces, foreign_forces, civilians, militants, unknown]", error.getMessage());
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        Path file = write("\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Evaluation.readGold(file));

        assertEquals(file + ": no gold lines", error.getMessage());
    }
}
