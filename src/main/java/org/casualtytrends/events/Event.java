package org.casualtytrends.events;

import java.time.LocalDate;
import java.util.List;
import org.casualtytrends.model.Incident;

/**
 * One event: the merged incident fields ({@code articleId} and {@code incidentId} null in
 * {@code merged}; evidence = all reports' evidence), and its reports.
 */
public record Event(String eventId, Incident merged, int nReports, int nArticles,
                    LocalDate firstReported, LocalDate lastReported,
                    List<String> reportIds, List<String> articleIds) {

    public Event {
        reportIds = List.copyOf(reportIds);
        articleIds = List.copyOf(articleIds);
    }
}
