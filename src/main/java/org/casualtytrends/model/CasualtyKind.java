package org.casualtytrends.model;

import java.util.function.Function;

/** The kinds of casualty (CODEBOOK.md section 2), with the incident fields that hold each kind's counts. */
public enum CasualtyKind implements Vocabulary {
    KILLED(Incident::killedLow, Incident::killedBest, Incident::killedHigh),
    INJURED(Incident::injuredLow, Incident::injuredBest, Incident::injuredHigh),
    /** Missing and captured have a best count only: it stands for low and high too. */
    MISSING(Incident::missingBest, Incident::missingBest, Incident::missingBest),
    /** Detained, arrested, abducted, taken hostage. */
    CAPTURED(Incident::capturedBest, Incident::capturedBest, Incident::capturedBest);

    private final Function<Incident, Integer> low;
    private final Function<Incident, Integer> best;
    private final Function<Incident, Integer> high;

    CasualtyKind(Function<Incident, Integer> low, Function<Incident, Integer> best, Function<Incident, Integer> high) {
        this.low = low;
        this.best = best;
        this.high = high;
    }

    /** The value written {@code code}; null for null. */
    public static CasualtyKind of(String code) {
        return Vocabulary.parse(CasualtyKind.class, code);
    }

    public Integer low(Incident incident) {
        return low.apply(incident);
    }

    public Integer best(Incident incident) {
        return best.apply(incident);
    }

    public Integer high(Incident incident) {
        return high.apply(incident);
    }

    /** Whether the incident gives a figure of this kind. */
    public boolean reportedIn(Incident incident) {
        return low(incident) != null || best(incident) != null || high(incident) != null;
    }
}
