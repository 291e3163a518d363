package org.casualtytrends.evaluate;

import static org.casualtytrends.evaluate.TestIncident.incident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casualtytrends.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsafEvaluationTest {
    private static final String GOLD = """
            {"article_id": "a1", "published": "2011-01-10", "event_date": "2011-01-09", "province_codes": ["AF30"], "killed": 2, "captured": 0}
            {"article_id": "a2", "published": "2011-02-10", "event_date": "2011-02-08", "province_codes": ["AF27"], "killed": 0, "captured": 3}
            {"article_id": "a3", "published": "2011-03-10", "event_date": "2011-03-10", "province_codes": ["AF05"], "killed": 1, "captured": 4}
            {"article_id": "a4", "published": "2011-04-10", "event_date": null, "province_codes": [], "killed": 0, "captured": 0}
            """;

    @TempDir
    Path dir;

    private Gold gold() throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, GOLD);
        return Evaluation.readGold(file);
    }

    @Test
    void perfectPredictionsScoreOneAndNoError() throws IOException {
        List<Incident> predictions = List.of(
                incident("a1", "p1").province("AF30").date("2011-01-09").killed(2).build(),
                incident("a2", "p2").province("AF27").date("2011-02-08").captured(3).build(),
                incident("a3", "p3").province("AF05").date("2011-03-10").killed(1).build(),
                incident("a3", "p4").province("AF05").date("2011-03-10").captured(4).build(),
                incident("elsewhere", "p5").province("AF01").date("2011-03-10").killed(9).build());

        EvaluationReport report = Evaluation.score(gold(), predictions);

        Map<String, Double> expected = new LinkedHashMap<>();
        for (String name : List.of("killed_exact_all", "killed_exact_any", "captured_exact_all",
                "captured_exact_any", "killed_detection_precision", "killed_detection_recall",
                "captured_detection_precision", "captured_detection_recall", "province_set_exact",
                "event_date_exact", "event_month_exact")) {
            expected.put(name, 1.0);
        }
        expected.put("province_month_killed_abs_error", 0.0);
        expected.put("province_month_cells_exact", 1.0);
        assertEquals("isaf", report.format());
        assertEquals(expected, report.metrics());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(report.metrics().keySet()));
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals(4, json.at("/counts/articles").intValue());
        assertEquals(4, json.at("/counts/predicted_incidents").intValue());
        assertEquals(1, json.at("/counts/predicted_incidents_outside_gold").intValue());
        assertEquals(0, json.at("/worst_articles").size());
    }

    /** Hand-scored mix: see the comments beside each article's predictions. */
    @Test
    void mixedPredictionsGiveHandComputedShares() throws IOException {
        List<Incident> predictions = List.of(
                // a1: killed 1 + 2 = 3 (gold 2); the earliest evidence dates it 2011-01-05 (gold 01-09, same month)
                incident("a1", "p1").province("AF30").date("2011-01-09").killed(1)
                        .evidence(50, "killed", 1, "One insurgent was killed on Sunday.").build(),
                incident("a1", "p2").province("AF30").date("2011-01-05").killed(2)
                        .evidence(10, "killed", 2, "Two insurgents were killed on Wednesday.").build(),
                // a2: nothing predicted
                // a3: right; the figure-less incident neither adds a province nor dates the release
                incident("a3", "p3").province("AF06").date("2011-03-01")
                        .evidence(0, "killed", 0, "A patrol was attacked.").build(),
                incident("a3", "p4").province("AF05").date("2011-03-10").killed(1).captured(4).build(),
                // a4: no figure anywhere, so its province counts: {AF01} against gold {}
                incident("a4", "p5").province("AF01").date("2011-04-09").build());

        EvaluationReport report = Evaluation.score(gold(), predictions);

        Map<String, Double> metrics = report.metrics();
        assertEquals(0.75, metrics.get("killed_exact_all"));
        assertEquals(0.5, metrics.get("killed_exact_any"));
        assertEquals(0.75, metrics.get("captured_exact_all"));
        assertEquals(0.5, metrics.get("captured_exact_any"));
        assertEquals(1.0, metrics.get("killed_detection_precision"));
        assertEquals(1.0, metrics.get("killed_detection_recall"));
        assertEquals(1.0, metrics.get("captured_detection_precision"));
        assertEquals(0.5, metrics.get("captured_detection_recall"));
        assertEquals(0.5, metrics.get("province_set_exact"));
        assertEquals(1.0 / 3, metrics.get("event_date_exact"));
        assertEquals(2.0 / 3, metrics.get("event_month_exact"));
        // cells (AF30, 2011-01): gold 2, predicted 3; (AF05, 2011-03): 1 and 1
        assertEquals(1.0 / 3, metrics.get("province_month_killed_abs_error"));
        assertEquals(0.5, metrics.get("province_month_cells_exact"));

        JsonNode json = new ObjectMapper().readTree(report.toJson());
        Map<String, Integer> expectedN = Map.ofEntries(
                Map.entry("killed_exact_all", 4), Map.entry("killed_exact_any", 2),
                Map.entry("captured_exact_all", 4), Map.entry("captured_exact_any", 2),
                Map.entry("killed_detection_precision", 2), Map.entry("killed_detection_recall", 2),
                Map.entry("captured_detection_precision", 1), Map.entry("captured_detection_recall", 2),
                Map.entry("province_set_exact", 4), Map.entry("event_date_exact", 3),
                Map.entry("event_month_exact", 3), Map.entry("province_month_killed_abs_error", 3),
                Map.entry("province_month_cells_exact", 2));
        expectedN.forEach((name, n) -> assertEquals(n, json.at("/metrics/" + name + "/n").intValue(), name));

        // errors: a2 captured 3 + provinces + date = 5, a1 killed 1 + date = 2, a4 provinces = 1, a3 none
        JsonNode worst = json.at("/worst_articles");
        assertEquals(3, worst.size());
        assertEquals(List.of("a2", "a1", "a4"),
                List.of(worst.get(0).at("/article_id").asText(), worst.get(1).at("/article_id").asText(),
                        worst.get(2).at("/article_id").asText()));
        assertEquals(List.of(5, 2, 1), List.of(worst.get(0).at("/error").intValue(),
                worst.get(1).at("/error").intValue(), worst.get(2).at("/error").intValue()));
        assertEquals("AF27", worst.get(0).at("/gold/province_codes/0").asText());
        assertEquals(0, worst.get(0).at("/predicted/incidents").size());
        assertEquals("2011-01-05", worst.get(1).at("/predicted/event_date").asText());
        assertEquals("Two insurgents were killed on Wednesday.",
                worst.get(1).at("/predicted/incidents/1/evidence/0/sentence").asText());

        String table = report.table();
        assertTrue(table.contains("killed_exact_all                         0.7500        4"), table);
        assertTrue(table.contains("a2                          5  captured 3 vs 0; provinces [AF27] vs []; "
                + "event date 2011-02-08 vs null"), table);
        assertTrue(table.contains("a1                          2  killed 2 vs 3; event date 2011-01-09 vs 2011-01-05"),
                table);
    }

    @Test
    void sharesWithoutDenominatorAreUndefined() throws IOException {
        EvaluationReport report = Evaluation.score(gold(), List.of());

        assertEquals(Double.NaN, report.metrics().get("killed_detection_precision"));
        assertEquals(0.5, report.metrics().get("killed_exact_all"));
        assertEquals(1.0, report.metrics().get("province_month_killed_abs_error"));
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertTrue(json.at("/metrics/killed_detection_precision/value").isNull());
        assertEquals(0, json.at("/metrics/killed_detection_precision/n").intValue());
        assertTrue(report.table().contains("killed_detection_precision                    -        0"), report.table());
    }
}
