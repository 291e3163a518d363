package org.casualtytrends.evaluate;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of an ISAF gold file.
 *
 * @param eventDate     date of the release's first event, or null
 * @param provinceCodes p-codes of the provinces of its events, first event first
 * @param killed        killed over all events
 * @param captured      captured over all events
 */
public record IsafGoldArticle(
        String articleId,
        LocalDate published,
        LocalDate eventDate,
        List<String> provinceCodes,
        int killed,
        int captured) {

    public IsafGoldArticle {
        provinceCodes = List.copyOf(provinceCodes);
    }
}
