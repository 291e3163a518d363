package org.casualtytrends.evaluate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.model.Incident;
import org.casualtytrends.pipeline.InMemoryPrediction;
import org.casualtytrends.testing.SharedSpark;

/**
 * An evaluation set of {@code ../shared/eval} predicted as {@code evaluate} predicts it
 * ({@link InMemoryPrediction}) and scored whole and by half, both tables printed: what every quality
 * gate starts from. The test is skipped when the set is not there (a fresh clone).
 */
record ScoredDevSet(EvaluationReport report, Map<DevSplit, EvaluationReport> halves) {
    static ScoredDevSet of(String set) {
        Path dir = Path.of("../shared/eval", set);
        assumeTrue(Files.isDirectory(dir), "no " + dir + " here");
        Gold gold = Evaluation.readGold(dir.resolve("gold.jsonl"));
        List<Incident> predictions = InMemoryPrediction.predictIncidents(SharedSpark.get(), JobConfig.defaults(),
                List.of(dir.resolve("articles").toString()));
        EvaluationReport report = Evaluation.score(gold, predictions);
        Map<DevSplit, EvaluationReport> halves = Evaluation.scoreHalves(gold, predictions);
        System.out.println(report.table());
        System.out.println(Evaluation.halvesTable(report, halves));
        return new ScoredDevSet(report, halves);
    }
}
