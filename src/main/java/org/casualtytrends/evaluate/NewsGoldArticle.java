package org.casualtytrends.evaluate;

import java.time.LocalDate;
import java.util.List;

/** One line of a news gold file. */
public record NewsGoldArticle(String articleId, LocalDate published, List<GoldIncident> incidents) {
    public NewsGoldArticle {
        incidents = List.copyOf(incidents);
    }
}
