package org.casualtytrends.evaluate;

import org.casualtytrends.pipeline.InMemoryPrediction;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality gate on isaf-dev (when ../shared/eval is there): the stages' per-article functions as
 * {@code evaluate} calls them ({@link InMemoryPrediction}: the Spark job's incidents, Spark NLP
 * annotation included), scored by the project's one ISAF scorer ({@link Evaluation}), on each fixed
 * half ({@link DevSplit}) apart: a rule that helps one half only shows as the other's loss. The floors
 * are the shares reached (rounded down at the third decimal) when the rules were last changed; where
 * they stay below the extraction issue's targets (killed exact 0.95, captured exact 0.93, detection
 * 0.98, province 0.96, date 0.87), the misses are gold conventions no rule of the language explains
 * (a release's "engaged" read as killed, gold dates one day before the text, provinces missing from
 * the gold's gazetteer), recorded in the issue notes.
 */
class IsafQualityGateTest {
    @Test
    void eachHalfOfIsafDevKeepsItsFloors() {
        Map<DevSplit, EvaluationReport> halves = ScoredDevSet.of("isaf-dev").halves();
        Map<String, double[]> floors = Map.of( // {tuning, checking}
                "killed_exact_any", new double[] {0.928, 0.973},
                "captured_exact_any", new double[] {0.935, 0.958},
                "killed_detection_precision", new double[] {1.0, 1.0},
                "killed_detection_recall", new double[] {0.976, 1.0},
                "captured_detection_precision", new double[] {1.0, 1.0},
                "captured_detection_recall", new double[] {1.0, 1.0},
                "province_set_exact", new double[] {0.985, 0.965},
                "event_date_exact", new double[] {0.851, 0.897});
        floors.forEach((metric, floor) -> {
            for (DevSplit half : DevSplit.values()) {
                double value = halves.get(half).metrics().get(metric);
                double min = floor[half.ordinal()];
                assertTrue(value >= min, metric + " on the " + half.label() + " half = " + value + " < " + min);
            }
        });
    }
}
