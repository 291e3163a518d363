package org.casualtytrends.evaluate;

import java.nio.file.Path;
import java.util.List;
import org.casualtytrends.model.Incident;

/**
 * Scores extracted incidents against human gold. Two gold formats exist (see
 * ../shared/eval/README.md): ISAF lines give per-release totals, news lines give coded incidents.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /** Reads a gold file in either format (news lines have "incidents", ISAF lines "killed"); errors name file and line. */
    public static Gold readGold(Path goldJsonl) {
        return GoldReader.read(goldJsonl);
    }

    /**
     * Scores predictions (all incidents of all articles); a gold article without predictions predicted
     * nothing, predictions of articles outside the gold are only counted.
     */
    public static EvaluationReport score(Gold gold, List<Incident> predictions) {
        return gold instanceof IsafGold isaf
                ? IsafScorer.score(isaf, predictions)
                : NewsScorer.score((NewsGold) gold, predictions);
    }
}
