package org.casualtytrends.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casualtytrends.model.Incident;

/**
 * Scores predictions against news gold, incident by incident ({@link IncidentMatcher} pairs them).
 * Optional gold incidents and predictions without any figure are neither rewarded nor penalised.
 * Fields are compared on pairs with non-optional gold, null equal to null. An article's error is its
 * misses + false positives + wrong fields.
 *
 * <p>{@code country_exact}: the share of those pairs whose countries are equal. Pairs form only between
 * incidents of one country or with a prediction of undecided country (null), so this is the share of
 * matched incidents whose country was decided, and a wrong country shows as a miss and a false positive.
 */
final class NewsScorer {
    private record Field(String metric, String name, Function<Incident, Object> value) {
        Field(String name, Function<Incident, Object> value) {
            this(name + "_exact", name, value);
        }
    }

    private static final List<Field> FIELDS = List.of(
            new Field("killed_low", Incident::killedLow),
            new Field("killed_best", Incident::killedBest),
            new Field("killed_high", Incident::killedHigh),
            new Field("injured_low", Incident::injuredLow),
            new Field("injured_best", Incident::injuredBest),
            new Field("injured_high", Incident::injuredHigh),
            new Field("captured", Incident::capturedBest),
            new Field("missing", Incident::missingBest),
            new Field("country", Incident::country),
            new Field("province", Incident::provinceCode),
            new Field("day", Incident::eventDate));

    private final Map<Field, Tally> fieldTallies = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<WorstArticle> articles = new ArrayList<>();

    private NewsScorer() {
        FIELDS.forEach(field -> fieldTallies.put(field, new Tally(field.metric())));
        for (String count : List.of("articles", "articles_with_predictions", "gold_incidents",
                "gold_optional_incidents", "predicted_incidents", "predicted_incidents_outside_gold",
                "true_positives", "false_positives", "missed", "matched_optional",
                "unmatched_predictions_without_figure")) {
            counts.put(count, 0);
        }
    }

    static EvaluationReport score(NewsGold gold, List<Incident> predictions) {
        Set<String> articleIds = gold.articles().stream().map(NewsGoldArticle::articleId).collect(Collectors.toSet());
        PredictionsByArticle predicted = new PredictionsByArticle(articleIds, predictions);
        NewsScorer scorer = new NewsScorer();
        for (NewsGoldArticle article : gold.articles()) {
            scorer.add(article, predicted.of(article.articleId()));
        }
        scorer.count("predicted_incidents_outside_gold", predicted.outsideGold());
        return new ScoreReport(Gold.NEWS, scorer.metrics(), scorer.counts, WorstArticle.worst(scorer.articles));
    }

    private void add(NewsGoldArticle article, List<Incident> predicted) {
        List<GoldIncident> gold = article.incidents();
        count("articles", 1);
        count("articles_with_predictions", predicted.isEmpty() ? 0 : 1);
        count("predicted_incidents", predicted.size());
        Integer[] matchOfGold = new Integer[gold.size()];
        Integer[] matchOfPredicted = new Integer[predicted.size()];
        for (IncidentMatcher.Pair pair : IncidentMatcher.match(gold, predicted)) {
            matchOfGold[pair.gold()] = pair.predicted();
            matchOfPredicted[pair.predicted()] = pair.gold();
        }

        ArrayNode goldNodes = JsonNodeFactory.instance.arrayNode();
        List<String> wrongPairs = new ArrayList<>();
        int misses = 0;
        int wrongFields = 0;
        for (int g = 0; g < gold.size(); g++) {
            GoldIncident goldIncident = gold.get(g);
            ObjectNode node = goldNodes.addObject().setAll(IncidentJson.gold(goldIncident));
            node.put("match", matchOfGold[g] == null ? null : predicted.get(matchOfGold[g]).incidentId());
            count("gold_incidents", 1);
            if (goldIncident.optional()) {
                count("gold_optional_incidents", 1);
                count("matched_optional", matchOfGold[g] == null ? 0 : 1);
                node.put("status", "optional");
            } else if (matchOfGold[g] == null) {
                misses++;
                node.put("status", "missed");
            } else {
                count("true_positives", 1);
                List<String> wrong = compareFields(goldIncident.incident(), predicted.get(matchOfGold[g]));
                wrongFields += wrong.size();
                node.put("status", "matched");
                node.set("wrong_fields", IncidentJson.texts(wrong));
                if (!wrong.isEmpty()) {
                    wrongPairs.add("gold #" + (g + 1) + " vs predicted #" + (matchOfGold[g] + 1) + ": "
                            + String.join(", ", wrong));
                }
            }
        }
        count("missed", misses);

        ArrayNode predictedNodes = JsonNodeFactory.instance.arrayNode();
        int falsePositives = 0;
        for (int p = 0; p < predicted.size(); p++) {
            ObjectNode node = predictedNodes.addObject().setAll(IncidentJson.predicted(predicted.get(p)));
            node.put("match", matchOfPredicted[p] == null ? null
                    : gold.get(matchOfPredicted[p]).incident().incidentId());
            if (matchOfPredicted[p] != null) {
                node.put("status", gold.get(matchOfPredicted[p]).optional() ? "matched_optional" : "matched");
            } else if (CasualtyKinds.hasFigure(predicted.get(p))) {
                falsePositives++;
                node.put("status", "false_positive");
            } else {
                count("unmatched_predictions_without_figure", 1);
                node.put("status", "no_figure");
            }
        }
        count("false_positives", falsePositives);

        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        detail.put("missed", misses);
        detail.put("false_positives", falsePositives);
        detail.put("wrong_fields", wrongFields);
        detail.put("published", IncidentJson.date(article.published()));
        detail.set("gold", goldNodes);
        detail.set("predicted", predictedNodes);
        articles.add(new WorstArticle(article.articleId(), misses + falsePositives + wrongFields,
                summary(misses, falsePositives, wrongPairs), detail));
    }

    private List<String> compareFields(Incident gold, Incident predicted) {
        List<String> wrong = new ArrayList<>();
        for (Field field : FIELDS) {
            boolean equal = Objects.equals(field.value().apply(gold), field.value().apply(predicted));
            fieldTallies.get(field).add(equal);
            if (!equal) {
                wrong.add(field.name());
            }
        }
        return wrong;
    }

    private void count(String name, int n) {
        counts.merge(name, n, Integer::sum);
    }

    private List<Metric> metrics() {
        int truePositives = counts.get("true_positives");
        int falsePositives = counts.get("false_positives");
        int missed = counts.get("missed");
        int f1Denominator = 2 * truePositives + falsePositives + missed;
        List<Metric> metrics = new ArrayList<>();
        metrics.add(Metric.share("precision", truePositives, truePositives + falsePositives));
        metrics.add(Metric.share("recall", truePositives, truePositives + missed));
        // 2PR/(P+R) written on counts; its n is every scored item
        metrics.add(new Metric("f1", f1Denominator == 0 ? Double.NaN : 2.0 * truePositives / f1Denominator,
                truePositives + falsePositives + missed));
        fieldTallies.values().forEach(tally -> metrics.add(tally.metric()));
        return metrics;
    }

    private static String summary(int misses, int falsePositives, List<String> wrongPairs) {
        List<String> parts = new ArrayList<>();
        if (misses > 0) {
            parts.add(misses + " missed");
        }
        if (falsePositives > 0) {
            parts.add(falsePositives + " false positive" + (falsePositives == 1 ? "" : "s"));
        }
        parts.addAll(wrongPairs);
        return String.join("; ", parts);
    }
}
