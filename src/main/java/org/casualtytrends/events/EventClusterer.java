package org.casualtytrends.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
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
        Sweep sweep = sweep();
        List<Event> events = new ArrayList<>();
        for (Report r : reports) {
            events.addAll(sweep.add(r));
        }
        events.addAll(sweep.finish());
        return events.stream().sorted(EVENT_ORDER).toList();
    }

    /** A sweep over one block whose reports arrive one at a time (see {@link Sweep}). */
    public Sweep sweep() {
        return new Sweep();
    }

    /**
     * One block's sweep, fed its reports in order of window start (undated last; reports with the
     * same window start in any order: they are put in {@link ReportOrder#SWEEP} order here). It holds
     * only the events still open and the reports of the current window start, never the block: an
     * event is handed out as soon as the sweep has passed its window. The events are those
     * {@link #cluster} gives for the same reports.
     */
    public final class Sweep {
        private final List<OpenEvent> open = new ArrayList<>();
        /** The reports with the current window start, not swept yet. */
        private final List<Report> run = new ArrayList<>();

        private Sweep() {
        }

        /** Takes the next report; returns the events that closed before it (none, or those its window start has passed). */
        public List<Event> add(Report r) {
            List<Event> closed = List.of();
            if (!run.isEmpty()) {
                LocalDate current = run.get(0).windowStart();
                if (!Objects.equals(current, r.windowStart())) {
                    if (current == null || (r.windowStart() != null && r.windowStart().isBefore(current))) {
                        throw new IllegalArgumentException("report " + r.id() + " comes after reports of a later window start ("
                                + current + "); a sweep takes reports in order of window start");
                    }
                    closed = sweepRun();
                }
            }
            run.add(r);
            return closed;
        }

        /** Ends the sweep: every event still open. */
        public List<Event> finish() {
            List<Event> closed = new ArrayList<>(sweepRun());
            open.forEach(e -> closed.add(merger.merge(e.reports())));
            open.clear();
            return closed;
        }

        private List<Event> sweepRun() {
            run.sort(ReportOrder.SWEEP);
            requireUniqueIds(run);
            List<Event> closed = new ArrayList<>();
            for (Report r : run) {
                if (r.windowStart() == null) {
                    closed.add(merger.merge(List.of(r)));
                    continue;
                }
                for (Iterator<OpenEvent> it = open.iterator(); it.hasNext(); ) {
                    OpenEvent e = it.next();
                    if (!e.reachable(r.windowStart())) {
                        closed.add(merger.merge(e.reports()));
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
            run.clear();
            return closed;
        }
    }

    /** Reports of one window start (a sweep's run; a repeated one is one report met twice, which no block may hold). */
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
