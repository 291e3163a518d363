package org.casualtytrends.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.casualtytrends.model.Incident;

/**
 * Scores predictions against ISAF gold, whose lines give per-release totals only: predicted incidents
 * are summed per article ({@link IsafPrediction}) and compared with the totals, province set and
 * first event date. An article's error is |killed diff| + |captured diff| + 1 for a wrong province
 * set + 1 for a wrong event date.
 */
final class IsafScorer {
    private final Tally killedAll = new Tally("killed_exact_all");
    private final Tally killedAny = new Tally("killed_exact_any");
    private final Tally capturedAll = new Tally("captured_exact_all");
    private final Tally capturedAny = new Tally("captured_exact_any");
    private final Tally killedPrecision = new Tally("killed_detection_precision");
    private final Tally killedRecall = new Tally("killed_detection_recall");
    private final Tally capturedPrecision = new Tally("captured_detection_precision");
    private final Tally capturedRecall = new Tally("captured_detection_recall");
    private final Tally provinceSet = new Tally("province_set_exact");
    private final Tally eventDay = new Tally("event_date_exact");
    private final Tally eventMonth = new Tally("event_month_exact");
    /** Killed per (province, month of event date), the unit of the casualty_trends table. */
    private final Map<Cell, Integer> goldCells = new HashMap<>();
    private final Map<Cell, Integer> predictedCells = new HashMap<>();
    private final List<WorstArticle> articles = new ArrayList<>();

    private record Cell(String provinceCode, YearMonth month) {
        static Cell of(String provinceCode, LocalDate date) {
            return new Cell(provinceCode, date == null ? null : YearMonth.from(date));
        }
    }

    private IsafScorer() {
    }

    static EvaluationReport score(IsafGold gold, List<Incident> predictions) {
        Set<String> articleIds = gold.articles().stream().map(IsafGoldArticle::articleId).collect(Collectors.toSet());
        PredictionsByArticle predicted = new PredictionsByArticle(articleIds, predictions);
        IsafScorer scorer = new IsafScorer();
        int scoredIncidents = 0;
        int articlesWithPredictions = 0;
        for (IsafGoldArticle article : gold.articles()) {
            List<Incident> incidents = predicted.of(article.articleId());
            scoredIncidents += incidents.size();
            articlesWithPredictions += incidents.isEmpty() ? 0 : 1;
            scorer.add(article, incidents);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("articles", gold.articleCount());
        counts.put("articles_with_predictions", articlesWithPredictions);
        counts.put("predicted_incidents", scoredIncidents);
        counts.put("predicted_incidents_outside_gold", predicted.outsideGold());
        counts.put("gold_killed", total(scorer.goldCells));
        counts.put("predicted_killed", total(scorer.predictedCells));
        return new ScoreReport(Gold.ISAF, scorer.metrics(), counts, WorstArticle.worst(scorer.articles));
    }

    private void add(IsafGoldArticle gold, List<Incident> incidents) {
        IsafPrediction predicted = IsafPrediction.of(incidents);
        exact(killedAll, killedAny, predicted.killed(), gold.killed());
        exact(capturedAll, capturedAny, predicted.captured(), gold.captured());
        detection(killedPrecision, killedRecall, predicted.killed(), gold.killed());
        detection(capturedPrecision, capturedRecall, predicted.captured(), gold.captured());
        boolean provincesRight = predicted.provincesMatch(gold.provinceCodes());
        provinceSet.add(provincesRight);
        boolean dateRight = true;
        if (gold.eventDate() != null) {
            dateRight = gold.eventDate().equals(predicted.eventDate());
            eventDay.add(dateRight);
            eventMonth.add(predicted.eventDate() != null
                    && YearMonth.from(gold.eventDate()).equals(YearMonth.from(predicted.eventDate())));
        }
        String goldProvince = gold.provinceCodes().isEmpty() ? null : gold.provinceCodes().get(0);
        addKilled(goldCells, Cell.of(goldProvince, gold.eventDate()), gold.killed());
        for (Incident incident : incidents) {
            addKilled(predictedCells, Cell.of(incident.provinceCode(), incident.eventDate()),
                    Objects.requireNonNullElse(incident.killedBest(), 0));
        }
        int error = Math.abs(predicted.killed() - gold.killed()) + Math.abs(predicted.captured() - gold.captured())
                + (provincesRight ? 0 : 1) + (dateRight ? 0 : 1);
        articles.add(new WorstArticle(gold.articleId(), error,
                summary(gold, predicted, provincesRight, dateRight), detail(gold, predicted, incidents)));
    }

    private static void exact(Tally all, Tally any, int predicted, int gold) {
        all.add(predicted == gold);
        if (gold > 0) {
            any.add(predicted == gold);
        }
    }

    private static void detection(Tally precision, Tally recall, int predicted, int gold) {
        if (predicted > 0) {
            precision.add(gold > 0);
        }
        if (gold > 0) {
            recall.add(predicted > 0);
        }
    }

    /** Only positive counts create a cell, so "cells with any value" are those where someone saw a death. */
    private static void addKilled(Map<Cell, Integer> cells, Cell cell, int killed) {
        if (killed > 0) {
            cells.merge(cell, killed, Integer::sum);
        }
    }

    private static int total(Map<Cell, Integer> cells) {
        return cells.values().stream().mapToInt(Integer::intValue).sum();
    }

    private List<Metric> metrics() {
        Set<Cell> cells = new HashSet<>(goldCells.keySet());
        cells.addAll(predictedCells.keySet());
        int absoluteError = 0;
        int exactCells = 0;
        for (Cell cell : cells) {
            int difference = Math.abs(predictedCells.getOrDefault(cell, 0) - goldCells.getOrDefault(cell, 0));
            absoluteError += difference;
            exactCells += difference == 0 ? 1 : 0;
        }
        int goldKilled = total(goldCells);
        return List.of(killedAll.metric(), killedAny.metric(), capturedAll.metric(), capturedAny.metric(),
                killedPrecision.metric(), killedRecall.metric(), capturedPrecision.metric(), capturedRecall.metric(),
                provinceSet.metric(), eventDay.metric(), eventMonth.metric(),
                // relative to the gold total, so that gold sets of different sizes compare
                new Metric("province_month_killed_abs_error",
                        goldKilled == 0 ? Double.NaN : (double) absoluteError / goldKilled, goldKilled),
                Metric.share("province_month_cells_exact", exactCells, cells.size()));
    }

    private static String summary(IsafGoldArticle gold, IsafPrediction predicted, boolean provincesRight,
                                  boolean dateRight) {
        List<String> wrong = new ArrayList<>();
        if (predicted.killed() != gold.killed()) {
            wrong.add("killed " + gold.killed() + " vs " + predicted.killed());
        }
        if (predicted.captured() != gold.captured()) {
            wrong.add("captured " + gold.captured() + " vs " + predicted.captured());
        }
        if (!provincesRight) {
            wrong.add("provinces " + gold.provinceCodes() + " vs " + predicted.provinceCodes());
        }
        if (!dateRight) {
            wrong.add("event date " + gold.eventDate() + " vs " + predicted.eventDate());
        }
        return String.join("; ", wrong);
    }

    private static ObjectNode detail(IsafGoldArticle gold, IsafPrediction predicted, List<Incident> incidents) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        ObjectNode goldNode = detail.putObject("gold");
        goldNode.put("published", IncidentJson.date(gold.published()));
        goldNode.put("event_date", IncidentJson.date(gold.eventDate()));
        goldNode.set("province_codes", IncidentJson.texts(gold.provinceCodes()));
        goldNode.put("killed", gold.killed());
        goldNode.put("captured", gold.captured());
        ObjectNode predictedNode = detail.putObject("predicted");
        predictedNode.put("event_date", IncidentJson.date(predicted.eventDate()));
        predictedNode.set("province_codes", IncidentJson.texts(predicted.provinceCodes()));
        predictedNode.put("killed", predicted.killed());
        predictedNode.put("captured", predicted.captured());
        ArrayNode incidentNodes = predictedNode.putArray("incidents");
        incidents.forEach(incident -> incidentNodes.add(IncidentJson.predicted(incident)));
        return detail;
    }
}
