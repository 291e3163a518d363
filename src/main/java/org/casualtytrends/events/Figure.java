package org.casualtytrends.events;

import java.util.ArrayList;
import java.util.List;
import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.model.Incident;

/** One reported number of one casualty kind, and whether a party to the fighting claims it. */
record Figure(int value, boolean claim) {

    /**
     * The report's figures of a kind: its low, best and high. Not its evidence: the article's own
     * reading (sums over victim groups and over the operations of one incident, breakdowns counted
     * once) is already in those counts, and re-deriving them from single figures would undo it.
     * <p>
     * The record's flag says the best rests on a claim for killed, or for every kind when nothing is
     * killed. Otherwise low and best are non-claim figures, and a high above the best can only come
     * from a claim (best is the largest non-claim figure).
     */
    static List<Figure> of(CasualtyKind kind, Incident incident) {
        boolean claimed = incident.bestRestsOnClaim()
                && (kind == CasualtyKind.KILLED || !CasualtyKind.KILLED.reportedIn(incident));
        Integer b = kind.best(incident);
        Integer h = kind.high(incident);
        List<Figure> figures = new ArrayList<>();
        addIfPresent(figures, kind.low(incident), claimed);
        addIfPresent(figures, b, claimed);
        addIfPresent(figures, h, claimed || b != null && h != null && h > b);
        return figures;
    }

    private static void addIfPresent(List<Figure> figures, Integer value, boolean claim) {
        if (value != null) {
            figures.add(new Figure(value, claim));
        }
    }
}
