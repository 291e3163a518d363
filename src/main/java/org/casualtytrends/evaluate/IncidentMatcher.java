package org.casualtytrends.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casualtytrends.model.Incident;

/**
 * Pairs an article's predicted incidents one-to-one with its gold incidents. A pair is possible when
 * the two could be the same event: same country, or a prediction whose country is undecided (null;
 * {@link NewsScorer} counts such a pair as a country miss), compatible province (equal, or either
 * unknown), overlapping date windows, and, when both give figures, a casualty kind in common.
 * Possible pairs are taken greedily by {@link #affinity}, then non-optional gold first, then gold
 * order, then prediction order.
 */
final class IncidentMatcher {
    /** Indexes into the article's gold and predicted lists. */
    record Pair(int gold, int predicted) {
    }

    private record Candidate(int gold, int predicted, int affinity, boolean optional) {
    }

    private IncidentMatcher() {
    }

    /** The pairs, in gold order. */
    static List<Pair> match(List<GoldIncident> gold, List<Incident> predicted) {
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Incident goldIncident = gold.get(g).incident();
            for (int p = 0; p < predicted.size(); p++) {
                if (compatible(goldIncident, predicted.get(p))) {
                    candidates.add(new Candidate(g, p, affinity(goldIncident, predicted.get(p)),
                            gold.get(g).optional()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::affinity).reversed()
                .thenComparing(Candidate::optional)
                .thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::predicted));
        Set<Integer> goldTaken = new HashSet<>();
        Set<Integer> predictedTaken = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!goldTaken.contains(candidate.gold()) && !predictedTaken.contains(candidate.predicted())) {
                goldTaken.add(candidate.gold());
                predictedTaken.add(candidate.predicted());
                pairs.add(new Pair(candidate.gold(), candidate.predicted()));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return pairs;
    }

    static boolean compatible(Incident gold, Incident predicted) {
        return (predicted.country() == null || Objects.equals(gold.country(), predicted.country()))
                && (gold.provinceCode() == null || predicted.provinceCode() == null
                        || gold.provinceCode().equals(predicted.provinceCode()))
                && windowsOverlap(gold, predicted)
                && kindsShared(gold, predicted);
    }

    /** Same province code 4, same event date 2, same killed best 1 (each only when known). */
    static int affinity(Incident gold, Incident predicted) {
        return (known(gold.provinceCode(), predicted.provinceCode()) ? 4 : 0)
                + (known(gold.eventDate(), predicted.eventDate()) ? 2 : 0)
                + (known(gold.killedBest(), predicted.killedBest()) ? 1 : 0);
    }

    private static boolean known(Object gold, Object predicted) {
        return gold != null && gold.equals(predicted);
    }

    /** A missing bound falls back to the event date, then to the other bound; an undated incident overlaps all. */
    private static boolean windowsOverlap(Incident a, Incident b) {
        LocalDate aStart = firstKnown(a.dateStart(), a.eventDate(), a.dateEnd());
        LocalDate bStart = firstKnown(b.dateStart(), b.eventDate(), b.dateEnd());
        if (aStart == null || bStart == null) {
            return true;
        }
        LocalDate aEnd = firstKnown(a.dateEnd(), a.eventDate(), a.dateStart());
        LocalDate bEnd = firstKnown(b.dateEnd(), b.eventDate(), b.dateStart());
        return !aEnd.isBefore(bStart) && !bEnd.isBefore(aStart);
    }

    private static LocalDate firstKnown(LocalDate first, LocalDate second, LocalDate third) {
        return first != null ? first : second != null ? second : third;
    }

    private static boolean kindsShared(Incident gold, Incident predicted) {
        Set<String> goldKinds = CasualtyKinds.of(gold);
        Set<String> predictedKinds = CasualtyKinds.of(predicted);
        return goldKinds.isEmpty() || predictedKinds.isEmpty()
                || goldKinds.stream().anyMatch(predictedKinds::contains);
    }
}
