package org.casualtytrends.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casualtytrends.model.EventType;
import org.casualtytrends.model.Incident;
import org.casualtytrends.model.VictimGroup;

/**
 * An event being built by the sweep: its reports and what a new report must agree with. Every check
 * is against the whole event (the intersection of the windows, the one district, the most specific
 * type, the one known perpetrator), so any two of its reports are compatible with each other.
 */
final class OpenEvent {
    private final EventTypes types;
    private final String openerId;
    private final List<Report> reports = new ArrayList<>();
    private final Set<String> articleIds = new HashSet<>();
    private LocalDate start;
    private LocalDate end;
    private String districtCode;
    private EventType eventType;
    private String perpetrator;
    private KilledByGroup killedByGroup;
    private Integer mostKilled;
    private boolean noneKilled;
    private Report dateAnchor;

    OpenEvent(EventTypes types, Report opener) {
        this.types = types;
        this.openerId = opener.id();
        Incident i = opener.incident();
        // add() narrows these as reports join; the opener's own values are where they start
        start = opener.windowStart();
        end = opener.windowEnd();
        eventType = i.eventType();
        killedByGroup = KilledByGroup.of(i);
        dateAnchor = opener;
        add(opener);
    }

    /** How the sweep ranks the open events that accept {@code r}: the first is where it goes. */
    static Comparator<OpenEvent> preferenceFor(Report r) {
        return Comparator.comparing((OpenEvent e) -> !e.sameDistrict(r))
                .thenComparing(e -> !e.sameDate(r))
                .thenComparing(e -> !Objects.equals(e.eventType, r.incident().eventType()))
                .thenComparing(e -> !e.samePerpetrator(r))
                .thenComparingLong(e -> e.killedGap(r))
                .thenComparing(e -> e.openerId);
    }

    List<Report> reports() {
        return reports;
    }

    /** False once the sweep has passed the event's window: no later report can overlap it. */
    boolean reachable(LocalDate from) {
        return !end.isBefore(from);
    }

    boolean accepts(Report r) {
        Incident i = r.incident();
        VictimGroup dominant = KilledByGroup.of(i).dominant();
        VictimGroup eventDominant = killedByGroup.dominant();
        Integer killed = i.killedBest();
        return !articleIds.contains(i.articleId())
                && !r.windowStart().isAfter(end) && !r.windowEnd().isBefore(start)
                && (i.districtCode() == null || districtCode == null || districtCode.equals(i.districtCode()))
                && types.compatible(eventType, i.eventType())
                && (!known(i.perpetrator()) || perpetrator == null || perpetrator.equals(i.perpetrator()))
                && (dominant == null || eventDominant == null || dominant.equals(eventDominant))
                && !(killed != null && killed == 0 && mostKilled != null && mostKilled > 0)
                && !(killed != null && killed > 0 && noneKilled);
    }

    void add(Report r) {
        Incident i = r.incident();
        reports.add(r);
        articleIds.add(i.articleId());
        start = r.windowStart().isAfter(start) ? r.windowStart() : start;
        end = r.windowEnd().isBefore(end) ? r.windowEnd() : end;
        districtCode = districtCode != null ? districtCode : i.districtCode();
        eventType = types.moreSpecific(eventType, i.eventType());
        perpetrator = perpetrator != null || !known(i.perpetrator()) ? perpetrator : i.perpetrator();
        killedByGroup = killedByGroup.max(KilledByGroup.of(i));
        if (i.killedBest() != null) {
            mostKilled = mostKilled == null ? i.killedBest() : Math.max(mostKilled, i.killedBest());
            noneKilled |= i.killedBest() == 0;
        }
        dateAnchor = ReportOrder.MOST_PRECISE_DATE.compare(r, dateAnchor) < 0 ? r : dateAnchor;
    }

    private boolean sameDistrict(Report r) {
        return r.incident().districtCode() != null && r.incident().districtCode().equals(districtCode);
    }

    private boolean sameDate(Report r) {
        return r.incident().eventDate() != null && r.incident().eventDate().equals(dateAnchor.incident().eventDate());
    }

    private boolean samePerpetrator(Report r) {
        return known(r.incident().perpetrator()) && r.incident().perpetrator().equals(perpetrator);
    }

    private long killedGap(Report r) {
        Integer killed = r.incident().killedBest();
        return killed == null || mostKilled == null ? Long.MAX_VALUE : Math.abs((long) killed - mostKilled);
    }

    static boolean known(String perpetrator) {
        return perpetrator != null && !Incident.UNKNOWN_PERPETRATOR.equals(perpetrator);
    }
}
