package org.casualtytrends.evaluate;

import java.util.LinkedHashSet;
import java.util.Set;
import org.casualtytrends.model.Incident;

/** The casualty kinds for which an incident gives a figure. */
final class CasualtyKinds {
    private CasualtyKinds() {
    }

    /** Of {@code killed}, {@code injured}, {@code missing}, {@code captured}: those with a non-null count. */
    static Set<String> of(Incident incident) {
        Set<String> kinds = new LinkedHashSet<>();
        if (incident.killedLow() != null || incident.killedBest() != null || incident.killedHigh() != null) {
            kinds.add("killed");
        }
        if (incident.injuredLow() != null || incident.injuredBest() != null || incident.injuredHigh() != null) {
            kinds.add("injured");
        }
        if (incident.missingBest() != null) {
            kinds.add("missing");
        }
        if (incident.capturedBest() != null) {
            kinds.add("captured");
        }
        return kinds;
    }

    /** The codebook scores only incidents with at least one figure; the others are optional. */
    static boolean hasFigure(Incident incident) {
        return !of(incident).isEmpty();
    }
}
