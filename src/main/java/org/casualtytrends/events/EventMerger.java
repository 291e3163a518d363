package org.casualtytrends.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.model.EventType;
import org.casualtytrends.model.Evidence;
import org.casualtytrends.model.Incident;

import static java.util.Comparator.naturalOrder;

/** The codebook's merge of an event's reports into one incident record (CODEBOOK.md sections 2 and 4). */
final class EventMerger {
    private final EventTypes types;

    EventMerger(EventTypes types) {
        this.types = types;
    }

    Event merge(Collection<Report> eventReports) {
        List<Report> reports = eventReports.stream().sorted(Comparator.comparing(Report::id)).toList();
        Incident date = reports.stream().min(ReportOrder.MOST_PRECISE_DATE).orElseThrow().incident();
        Incident place = reports.stream().min(ReportOrder.MOST_PRECISE_PLACE).orElseThrow().incident();
        Map<CasualtyKind, FigureRange> ranges = new EnumMap<>(CasualtyKind.class);
        boolean disputed = reports.stream().anyMatch(r -> r.incident().disputed());
        for (CasualtyKind kind : CasualtyKind.values()) {
            List<Figure> figures = new ArrayList<>();
            Set<Integer> reportBests = new LinkedHashSet<>();
            for (Report r : reports) {
                List<Figure> own = Figure.of(kind, r.incident());
                figures.addAll(own);
                FigureRange range = FigureRange.of(own);
                if (range.present()) {
                    reportBests.add(range.best());
                }
            }
            ranges.put(kind, FigureRange.of(figures));
            disputed |= reportBests.size() > 1;
        }
        FigureRange killed = ranges.get(CasualtyKind.KILLED);
        FigureRange injured = ranges.get(CasualtyKind.INJURED);
        KilledByGroup byGroup = reports.stream().map(r -> KilledByGroup.of(r.incident()))
                .reduce(KilledByGroup::max).orElseThrow();
        Set<Evidence> evidence = new LinkedHashSet<>();
        reports.forEach(r -> evidence.addAll(r.incident().evidence()));
        Incident merged = Incident.builder()
                .eventDate(date.eventDate()).dateStart(date.dateStart()).dateEnd(date.dateEnd()).datePrecision(date.datePrecision())
                .country(place.country()).province(place.province()).provinceCode(place.provinceCode())
                .district(place.district()).districtCode(place.districtCode()).locationPrecision(place.locationPrecision())
                .eventType(eventType(reports)).perpetrator(perpetrator(reports))
                .killedLow(killed.low()).killedBest(killed.best()).killedHigh(killed.high())
                .injuredLow(injured.low()).injuredBest(injured.best()).injuredHigh(injured.high())
                .missingBest(ranges.get(CasualtyKind.MISSING).largest()).capturedBest(ranges.get(CasualtyKind.CAPTURED).largest())
                .killedSecurityForces(byGroup.securityForces()).killedForeignForces(byGroup.foreignForces())
                .killedCivilians(byGroup.civilians()).killedMilitants(byGroup.militants()).killedUnknown(byGroup.unknown())
                .bestRestsOnClaim(bestRestsOnClaim(ranges)).disputed(disputed)
                .isPrimary(reports.stream().anyMatch(r -> r.incident().isPrimary()))
                .evidence(List.copyOf(evidence))
                .build();
        List<String> articleIds = distinctSorted(reports, r -> r.incident().articleId());
        List<LocalDate> published = distinctSorted(reports, Report::published);
        return new Event(eventId(reports.stream().min(ReportOrder.FOUNDING).orElseThrow().id()), merged,
                reports.size(), articleIds.size(),
                published.isEmpty() ? null : published.get(0),
                published.isEmpty() ? null : published.get(published.size() - 1),
                reports.stream().map(Report::id).toList(), articleIds);
    }

    /** "ev-" and the first 16 hex digits of the SHA-256 of the founding report's incident id. */
    static String eventId(String foundingIncidentId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(foundingIncidentId.getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Killed when reported; otherwise true when every kind reported rests on claims. */
    private static boolean bestRestsOnClaim(Map<CasualtyKind, FigureRange> ranges) {
        FigureRange killed = ranges.get(CasualtyKind.KILLED);
        if (killed.present()) {
            return killed.restsOnClaim();
        }
        List<FigureRange> present = ranges.values().stream().filter(FigureRange::present).toList();
        return !present.isEmpty() && present.stream().allMatch(FigureRange::restsOnClaim);
    }

    /** The specific type when a report gives one (a bombing over an armed attack), else the general one. */
    private EventType eventType(List<Report> reports) {
        List<EventType> all = reports.stream().map(r -> r.incident().eventType()).filter(Objects::nonNull).toList();
        List<EventType> specific = all.stream().filter(t -> !types.general(t)).toList();
        return EventType.of(mostCommon((specific.isEmpty() ? all : specific).stream().map(EventType::code).toList()));
    }

    /** The most common known perpetrator; "unknown" only when no report names one. */
    private static String perpetrator(List<Report> reports) {
        List<String> named = reports.stream().map(r -> r.incident().perpetrator()).filter(Objects::nonNull).toList();
        List<String> known = named.stream().filter(OpenEvent::known).toList();
        return mostCommon(known.isEmpty() ? named : known);
    }

    /** The most frequent value, ties to the alphabetically first (of the codes); null for none. */
    private static String mostCommon(List<String> values) {
        Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
        String most = null;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            most = most == null || e.getValue() > counts.get(most) ? e.getKey() : most;
        }
        return most;
    }

    private static <T extends Comparable<? super T>> List<T> distinctSorted(List<Report> reports, Function<Report, T> field) {
        return reports.stream().map(field).filter(Objects::nonNull).distinct().sorted(naturalOrder()).toList();
    }
}
