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

class NewsEvaluationTest {
    /** n1 after the seed article (two scored, two optional incidents), n2 one incident, n3 none. */
    private static final String GOLD = """
            {"article_id": "n1", "published": "2020-01-29", "incidents": [\
            {"event_date": "2020-01-28", "date_start": "2020-01-28", "date_end": "2020-01-28", "country": "AFG", \
            "province_code": "AF19", "killed_low": 13, "killed_best": 13, "killed_high": 35, "missing_best": 3, \
            "captured_best": 4, "optional": false, "figures": [{"quote": "At least 13 soldiers were killed", \
            "kind": "killed", "value": 13, "operator": "at_least", "source_type": "official"}]}, \
            {"event_date": "2020-01-15", "date_start": "2020-01-01", "date_end": "2020-01-28", "country": "AFG", \
            "province_code": "AF21", "killed_low": 7, "killed_best": 8, "killed_high": 8, "injured_low": 6, \
            "injured_best": 6, "injured_high": 6, "optional": false}, \
            {"event_date": "2020-01-27", "country": "AFG", "province_code": "AF11", "optional": true}, \
            {"event_date": "2019-12-15", "date_start": "2019-12-01", "date_end": "2019-12-31", "country": "AFG", \
            "province_code": null, "killed_low": 2, "killed_best": 2, "killed_high": 2, "optional": true}]}
            {"article_id": "n2", "published": "2020-02-11", "incidents": [\
            {"event_date": "2020-02-10", "country": "AFG", "province_code": "AF05", "killed_low": 1, \
            "killed_best": 1, "killed_high": 1, "optional": false}]}
            {"article_id": "n3", "published": "2020-03-02", "incidents": []}
            """;

    @TempDir
    Path dir;

    private NewsGold gold() throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, GOLD);
        return (NewsGold) Evaluation.readGold(file);
    }

    @Test
    void goldIncidentsScoredAgainstThemselvesScoreOne() throws IOException {
        NewsGold gold = gold();
        List<Incident> predictions = gold.articles().stream()
                .flatMap(article -> article.incidents().stream())
                .map(GoldIncident::incident)
                .toList();

        EvaluationReport report = Evaluation.score(gold, predictions);

        Map<String, Double> expected = new LinkedHashMap<>();
        for (String name : List.of("precision", "recall", "f1", "killed_low_exact", "killed_best_exact",
                "killed_high_exact", "injured_low_exact", "injured_best_exact", "injured_high_exact",
                "captured_exact", "missing_exact", "country_exact", "province_exact", "day_exact")) {
            expected.put(name, 1.0);
        }
        assertEquals("news", report.format());
        assertEquals(expected, report.metrics());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(report.metrics().keySet()));
        JsonNode counts = new ObjectMapper().readTree(report.toJson()).at("/counts");
        assertEquals(3, counts.at("/true_positives").intValue());
        assertEquals(2, counts.at("/matched_optional").intValue());
        assertEquals(0, counts.at("/false_positives").intValue());
    }

    /** Hand-scored mix: see the comments beside the predictions. */
    @Test
    void mixedPredictionsGiveHandComputedScores() throws IOException {
        List<Incident> predictions = List.of(
                // gold 1, wrong killed_high (13 for 35) and captured (none for 4)
                incident("n1", "p1").province("AF19").date("2020-01-28").killed(13).missing(3)
                        .evidence(0, "killed", 13, "At least 13 soldiers were killed late on Tuesday.").build(),
                // gold 2, wrong killed_low (8 for 7) and day (01-20 for 01-15); no window: its day must overlap
                incident("n1", "p2").province("AF21").date("2020-01-20").killed(8).injured(6).build(),
                // the optional helicopter crash: matched, not counted
                incident("n1", "p3").date("2019-12-15").window("2019-12-01", "2019-12-31").killed(2).build(),
                // no figure and no compatible gold: not a false positive
                incident("n1", "p4").province("AF01").date("2020-01-28").build(),
                // gold 1 is taken by p1, the closer prediction (same killed_best): a false positive
                incident("n1", "p5").province("AF19").date("2020-01-28").killed(5).build(),
                // n2's incident is missed; n3 has no gold incident
                incident("n3", "p6").province("AF02").date("2020-03-01").injured(2).build(),
                incident("elsewhere", "p7").province("AF02").date("2020-03-01").injured(2).build());

        EvaluationReport report = Evaluation.score(gold(), predictions);

        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("precision", 0.5);
        expected.put("recall", 2.0 / 3);
        expected.put("f1", 4.0 / 7);
        expected.put("killed_low_exact", 0.5);
        expected.put("killed_best_exact", 1.0);
        expected.put("killed_high_exact", 0.5);
        expected.put("injured_low_exact", 1.0);
        expected.put("injured_best_exact", 1.0);
        expected.put("injured_high_exact", 1.0);
        expected.put("captured_exact", 0.5);
        expected.put("missing_exact", 1.0);
        expected.put("country_exact", 1.0);
        expected.put("province_exact", 1.0);
        expected.put("day_exact", 0.5);
        assertEquals(expected, report.metrics());

        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals(4, json.at("/metrics/precision/n").intValue());
        assertEquals(3, json.at("/metrics/recall/n").intValue());
        assertEquals(5, json.at("/metrics/f1/n").intValue());
        assertEquals(2, json.at("/metrics/day_exact/n").intValue());
        Map<String, Integer> counts = new LinkedHashMap<>();
        json.at("/counts").fields().forEachRemaining(entry -> counts.put(entry.getKey(), entry.getValue().intValue()));
        assertEquals(Map.ofEntries(
                Map.entry("articles", 3), Map.entry("articles_with_predictions", 2),
                Map.entry("gold_incidents", 5), Map.entry("gold_optional_incidents", 2),
                Map.entry("predicted_incidents", 6), Map.entry("predicted_incidents_outside_gold", 1),
                Map.entry("true_positives", 2), Map.entry("false_positives", 2), Map.entry("missed", 1),
                Map.entry("matched_optional", 1), Map.entry("unmatched_predictions_without_figure", 1)), counts);

        // n1: 1 false positive + 4 wrong fields; n2: 1 miss; n3: 1 false positive
        JsonNode worst = json.at("/worst_articles");
        assertEquals(3, worst.size());
        JsonNode n1 = worst.get(0);
        assertEquals("n1", n1.at("/article_id").asText());
        assertEquals(5, n1.at("/error").intValue());
        assertEquals("p1", n1.at("/gold/0/match").asText());
        assertEquals("[\"killed_high\",\"captured\"]", n1.at("/gold/0/wrong_fields").toString());
        assertEquals("At least 13 soldiers were killed", n1.at("/gold/0/figures/0/quote").asText());
        assertEquals("optional", n1.at("/gold/2/status").asText());
        assertTrue(n1.at("/gold/2/match").isNull());
        assertEquals(List.of("matched", "matched", "matched_optional", "no_figure", "false_positive"),
                List.of(n1.at("/predicted/0/status").asText(), n1.at("/predicted/1/status").asText(),
                        n1.at("/predicted/2/status").asText(), n1.at("/predicted/3/status").asText(),
                        n1.at("/predicted/4/status").asText()));
        assertEquals("At least 13 soldiers were killed late on Tuesday.",
                n1.at("/predicted/0/evidence/0/sentence").asText());
        assertEquals("n2", worst.get(1).at("/article_id").asText());
        assertEquals("missed", worst.get(1).at("/gold/0/status").asText());
        assertEquals("n3", worst.get(2).at("/article_id").asText());

        String table = report.table();
        assertTrue(table.contains("n1                          5  1 false positive; "
                + "gold #1 vs predicted #1: killed_high, captured; gold #2 vs predicted #2: killed_low, day"), table);
        assertTrue(table.contains("n2                          1  1 missed"), table);
        assertTrue(table.contains("f1                                       0.5714        5"), table);
    }

    /** An undecided country pairs and counts as a country miss; another country does not pair at all. */
    @Test
    void countryExactCountsUndecidedCountriesAsMisses() throws IOException {
        List<Incident> predictions = List.of(
                // gold n1 #1, country undecided: a pair, its country wrong (province unknown: compatible)
                incident("n1", "p1").country(null).date("2020-01-28").killed(13).build(),
                // gold n1 #2, right country
                incident("n1", "p2").province("AF21").date("2020-01-20").killed(8).build(),
                // n2's incident placed in Pakistan: no pair, a false positive and a miss
                incident("n2", "p3").country("PAK").date("2020-02-10").killed(1).build());

        EvaluationReport report = Evaluation.score(gold(), predictions);

        assertEquals(0.5, report.metrics().get("country_exact"));
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals(2, json.at("/metrics/country_exact/n").intValue());
        assertEquals(2, json.at("/counts/true_positives").intValue());
        assertEquals(1, json.at("/counts/false_positives").intValue());
        assertEquals(1, json.at("/counts/missed").intValue());
        assertTrue(json.at("/worst_articles/0/gold/0/wrong_fields").toString().contains("\"country\""));
    }

    @Test
    void articlesWithoutPredictionsMissTheirScoredIncidentsOnly() throws IOException {
        EvaluationReport report = Evaluation.score(gold(), List.of());

        assertEquals(0.0, report.metrics().get("recall"));
        assertEquals(Double.NaN, report.metrics().get("precision"));
        assertEquals(0.0, report.metrics().get("f1"));
        assertEquals(Double.NaN, report.metrics().get("day_exact"));
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals(3, json.at("/counts/missed").intValue());
        assertEquals(List.of("n1", "n2"), List.of(json.at("/worst_articles/0/article_id").asText(),
                json.at("/worst_articles/1/article_id").asText()));
        assertEquals(2, json.at("/worst_articles/0/error").intValue());
    }
}
