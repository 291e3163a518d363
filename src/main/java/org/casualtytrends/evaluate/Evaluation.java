package org.casualtytrends.evaluate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The scores of each half of the fixed {@link DevSplit}, predictions restricted to the half's articles. */
    public static Map<DevSplit, EvaluationReport> scoreHalves(Gold gold, List<Incident> predictions) {
        Map<DevSplit, EvaluationReport> halves = new LinkedHashMap<>();
        for (DevSplit half : DevSplit.values()) {
            halves.put(half, score(gold.only(id -> DevSplit.of(id) == half),
                    predictions.stream().filter(i -> DevSplit.of(i.articleId()) == half).toList()));
        }
        return halves;
    }

    /** Each metric of {@code all} beside its value on each half: the table {@code evaluate} prints after the full one. */
    public static String halvesTable(EvaluationReport all, Map<DevSplit, EvaluationReport> halves) {
        StringBuilder table = new StringBuilder(String.format(java.util.Locale.ROOT, "%-38s %8s", "metric by half", "all"));
        halves.keySet().forEach(h -> table.append(String.format(java.util.Locale.ROOT, " %8s", h.label())));
        table.append(System.lineSeparator());
        for (String metric : all.metrics().keySet()) {
            table.append(String.format(java.util.Locale.ROOT, "%-38s %8s", metric, shown(all.metrics().get(metric))));
            halves.values().forEach(r -> table.append(String.format(java.util.Locale.ROOT, " %8s", shown(r.metrics().get(metric)))));
            table.append(System.lineSeparator());
        }
        return table.toString();
    }

    private static String shown(Double value) {
        return value == null || value.isNaN() ? "-" : String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}
