package org.casualtytrends.evaluate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;

/**
 * An article's error in a report.
 *
 * @param error   the format's error count (see the scorers); 0 means perfect
 * @param summary one line for the table
 * @param detail  gold beside prediction, for the JSON
 */
record WorstArticle(String articleId, int error, String summary, ObjectNode detail) {
    static final int LIMIT = 20;

    /** The {@link #LIMIT} articles with the largest positive error, largest first, ties by article id. */
    static List<WorstArticle> worst(List<WorstArticle> articles) {
        return articles.stream()
                .filter(article -> article.error() > 0)
                .sorted(Comparator.comparingInt(WorstArticle::error).reversed()
                        .thenComparing(WorstArticle::articleId))
                .limit(LIMIT)
                .toList();
    }
}
