package org.casualtytrends.evaluate;

import java.util.LinkedHashSet;
import java.util.Set;
import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.model.Incident;

/** The casualty kinds for which an incident gives a figure. */
final class CasualtyKinds {
    private CasualtyKinds() {
    }

    /** The codes of the kinds with a non-null count, in the order of {@link CasualtyKind}. */
    static Set<String> of(Incident incident) {
        Set<String> kinds = new LinkedHashSet<>();
        for (CasualtyKind kind : CasualtyKind.values()) {
            if (kind.reportedIn(incident)) {
                kinds.add(kind.code());
            }
        }
        return kinds;
    }

    /** The codebook scores only incidents with at least one figure; the others are optional. */
    static boolean hasFigure(Incident incident) {
        return !of(incident).isEmpty();
    }
}
