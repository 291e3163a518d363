package org.casualtytrends.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.casualtytrends.model.Incident;
import org.junit.jupiter.api.Test;

/** The shared evaluation gold parses and scores perfectly against itself; skipped where it is absent. */
class SharedGoldEvaluationTest {
    private static final Path SEED = Path.of("../shared/eval/seed/gold.jsonl");
    private static final Path ISAF_DEV = Path.of("../shared/eval/isaf-dev/gold.jsonl");

    @Test
    void seedGoldScoresOneAgainstItself() {
        assumeTrue(Files.isRegularFile(SEED), "no " + SEED);
        NewsGold gold = (NewsGold) Evaluation.readGold(SEED);
        List<Incident> incidents = gold.articles().stream()
                .flatMap(article -> article.incidents().stream())
                .map(GoldIncident::incident)
                .toList();

        EvaluationReport report = Evaluation.score(gold, incidents);

        assertEquals(1, gold.articleCount());
        assertEquals(5, incidents.size());
        report.metrics().forEach((name, value) -> assertEquals(1.0, value, name));
    }

    @Test
    void isafDevGoldScoresPerfectlyAgainstItself() {
        assumeTrue(Files.isRegularFile(ISAF_DEV), "no " + ISAF_DEV);
        IsafGold gold = (IsafGold) Evaluation.readGold(ISAF_DEV);

        EvaluationReport report = Evaluation.score(gold, asIncidents(gold));

        assertEquals(281, gold.articleCount());
        for (Map.Entry<String, Double> metric : report.metrics().entrySet()) {
            double perfect = metric.getKey().equals("province_month_killed_abs_error") ? 0.0 : 1.0;
            assertEquals(perfect, metric.getValue(), metric.getKey());
        }
    }

    /** One incident per gold province; the first carries the release's totals, the others zeros. */
    private static List<Incident> asIncidents(IsafGold gold) {
        List<Incident> incidents = new ArrayList<>();
        for (IsafGoldArticle article : gold.articles()) {
            List<String> provinces = article.provinceCodes().isEmpty()
                    ? Collections.singletonList(null) : article.provinceCodes();
            for (int i = 0; i < provinces.size(); i++) {
                TestIncident incident = TestIncident.incident(article.articleId(), article.articleId() + "-" + i)
                        .province(provinces.get(i))
                        .killed(i == 0 ? article.killed() : 0)
                        .captured(i == 0 ? article.captured() : 0);
                if (article.eventDate() != null) {
                    incident.date(article.eventDate().toString());
                }
                incidents.add(incident.build());
            }
        }
        return incidents;
    }
}
