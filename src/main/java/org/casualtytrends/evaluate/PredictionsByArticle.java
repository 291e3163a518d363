package org.casualtytrends.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtytrends.model.Incident;

/** Predicted incidents grouped by the gold articles they belong to, in their given order. */
final class PredictionsByArticle {
    private final Map<String, List<Incident>> byArticle = new LinkedHashMap<>();
    private int outsideGold;

    PredictionsByArticle(Set<String> goldArticleIds, List<Incident> predictions) {
        for (Incident incident : predictions) {
            if (goldArticleIds.contains(incident.articleId())) {
                byArticle.computeIfAbsent(incident.articleId(), id -> new ArrayList<>()).add(incident);
            } else {
                outsideGold++;
            }
        }
    }

    /** The article's predictions; none when nothing was predicted for it. */
    List<Incident> of(String articleId) {
        return byArticle.getOrDefault(articleId, List.of());
    }

    /** Predictions of articles the gold does not have: not scored, only counted. */
    int outsideGold() {
        return outsideGold;
    }
}
