package org.casualtytrends.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.casualtytrends.model.Incident;

/** The casualty kinds, with the incident fields that hold each kind's counts. */
enum CasualtyKind {
    KILLED(Incident::killedLow, Incident::killedBest, Incident::killedHigh),
    INJURED(Incident::injuredLow, Incident::injuredBest, Incident::injuredHigh),
    MISSING(Incident::missingBest, Incident::missingBest, Incident::missingBest),
    CAPTURED(Incident::capturedBest, Incident::capturedBest, Incident::capturedBest);

    private final Function<Incident, Integer> low;
    private final Function<Incident, Integer> best;
    private final Function<Incident, Integer> high;

    CasualtyKind(Function<Incident, Integer> low, Function<Incident, Integer> best, Function<Incident, Integer> high) {
        this.low = low;
        this.best = best;
        this.high = high;
    }

    /** The evidence's {@code kind}: {@code killed}, {@code injured}, {@code missing}, {@code captured}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The report's figures of this kind: its low, best and high. Not its evidence: the article's own
     * reading (sums over victim groups and over the operations of one incident, breakdowns counted
     * once) is already in those counts, and re-deriving them from single figures would undo it.
     * <p>
     * The record's flag says the best rests on a claim for killed, or for every kind when nothing is
     * killed. Otherwise low and best are non-claim figures, and a high above the best can only come
     * from a claim (best is the largest non-claim figure).
     */
    List<Figure> figuresOf(Incident incident) {
        boolean claimed = incident.bestRestsOnClaim() && (this == KILLED || !KILLED.reportedIn(incident));
        Integer b = best.apply(incident);
        Integer h = high.apply(incident);
        List<Figure> figures = new ArrayList<>();
        addIfPresent(figures, low.apply(incident), claimed);
        addIfPresent(figures, b, claimed);
        addIfPresent(figures, h, claimed || b != null && h != null && h > b);
        return figures;
    }

    private boolean reportedIn(Incident incident) {
        return low.apply(incident) != null || best.apply(incident) != null || high.apply(incident) != null;
    }

    private static void addIfPresent(List<Figure> figures, Integer value, boolean claim) {
        if (value != null) {
            figures.add(new Figure(value, claim));
        }
    }
}
