package org.casualtytrends.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.casualtytrends.pipeline.InMemoryPrediction;
import org.junit.jupiter.api.Test;

/**
 * The quality gate on news-dev (when ../shared/eval is there): the job's incidents as {@code evaluate}
 * computes them ({@link InMemoryPrediction}), scored by the news scorer, both dev-set halves printed
 * beside. The floors are the shares reached when the wire-news rules were written (issue 9: incident
 * F1 0.608, killed best exact 0.712, from 0.594 and 0.662 before them; with the victim-phrase grammar
 * of issue 10 beside them 0.628 and 0.720; country exact 1.000 and province exact 0.893 from the world
 * gazetteer; then 0.672, 0.750, 1.000 and 0.900 with another event's clause its own incident, outlets'
 * and persons' names no places, and the accident's story going on through sentences naming no act; 0.686
 * and 0.756 with headline totals over several incidents left out, plural demonyms as victims and a nation's
 * dead in the present perfect a war's toll), so
 * that a change that loses ground shows. Country and province exact meet the targets (0.95,
 * 0.90); F1 and killed are below theirs (0.85, 0.90), which the rules do not reach yet: most misses are
 * several attacks of one sentence or paragraph told as one incident.
 */
class NewsQualityGateTest {
    @Test
    void newsDevHoldsItsGround() {
        EvaluationReport report = ScoredDevSet.of("news-dev").report();
        Map<String, Double> m = report.metrics();
        Map<String, Double> floors = Map.of("f1", 0.68, "killed_best_exact", 0.75,
                "country_exact", 0.99, "province_exact", 0.895);
        floors.forEach((metric, floor) -> assertTrue(m.get(metric) >= floor, metric + " = " + m.get(metric) + " < " + floor));
    }
}
