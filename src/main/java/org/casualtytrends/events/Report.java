package org.casualtytrends.events;

import java.time.LocalDate;
import java.util.Objects;
import org.casualtytrends.model.Incident;

/** An incident as reported by one article, with the article's publication date. */
public record Report(Incident incident, LocalDate published) {

    public Report {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(incident.incidentId(), "incident id");
    }

    String id() {
        return incident.incidentId();
    }

    /** First day of the window the text allows (the event date when the window is missing); null when undated. */
    LocalDate windowStart() {
        return firstPresent(incident.dateStart(), incident.eventDate(), incident.dateEnd());
    }

    /** Last day of the window the text allows (the event date when the window is missing); null when undated. */
    LocalDate windowEnd() {
        return firstPresent(incident.dateEnd(), incident.eventDate(), incident.dateStart());
    }

    private static LocalDate firstPresent(LocalDate a, LocalDate b, LocalDate c) {
        return a != null ? a : b != null ? b : c;
    }
}
