package org.casualtytrends.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;

import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsLast;

/**
 * Groups the incident reports of one block (one country and province) into events, one sweep over
 * the reports in date order. Only events whose date window the sweep has not yet passed are
 * candidates, so the cost grows with the reports times the events open at once, not with all pairs.
 * A report joins the best compatible open event or founds a new one; it is never in two events.
 * Immutable: one instance may serve every thread.
 */
public final class EventClusterer {
    private static final Comparator<Event> EVENT_ORDER = Comparator
            .comparing((Event e) -> e.merged().eventDate(), nullsLast(naturalOrder()))
            .thenComparing(Event::eventId);

    private final EventTypes types;
    private final EventMerger merger;

    EventClusterer(EventTypes types) {
        this.types = types;
        this.merger = new EventMerger(types);
    }

    /** With the event-type table of the rule files ({@code events/compatible-types.tsv}), built once per JVM. */
    public static EventClusterer of(RuleBundle rules) {
        return rules.shared(EventClusterer.class, r -> new EventClusterer(EventTypes.of(r.table(RuleFile.COMPATIBLE_EVENT_TYPES))));
    }

    /** With the packaged rule files. */
    public static EventClusterer defaults() {
        return of(RuleBundle.packaged());
    }

    /**
     * The events of one block (reports of one country and province). Deterministic: the same set of
     * reports, in any order, gives the same events with the same ids. Undated reports are events of
     * their own. Incident ids must be unique.
     */
    public List<Event> cluster(List<Report> block) {
        List<Report> reports = new ArrayList<>(block);
        reports.sort(ReportOrder.SWEEP);
        requireUniqueIds(reports);
        List<List<Report>> closed = new ArrayList<>();
        List<OpenEvent> open = new ArrayList<>();
        for (Report r : reports) {
            if (r.windowStart() == null) {
                closed.add(List.of(r));
                continue;
            }
            for (Iterator<OpenEvent> it = open.iterator(); it.hasNext(); ) {
                OpenEvent e = it.next();
                if (!e.reachable(r.windowStart())) {
                    closed.add(e.reports());
                    it.remove();
                }
            }
            Optional<OpenEvent> best = open.stream().filter(e -> e.accepts(r)).min(OpenEvent.preferenceFor(r));
            if (best.isPresent()) {
                best.get().add(r);
            } else {
                open.add(new OpenEvent(types, r));
            }
        }
        open.forEach(e -> closed.add(e.reports()));
        return closed.stream().map(merger::merge).sorted(EVENT_ORDER).toList();
    }

    private static void requireUniqueIds(List<Report> reports) {
        Set<String> ids = new HashSet<>();
        for (Report r : reports) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("incident id " + r.id() + " appears twice in one block; "
                        + "each report must be one incident of one article");
            }
        }
    }
}
