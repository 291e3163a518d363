package org.casualtytrends.extract.incidents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casualtytrends.extract.figures.Cohort;
import org.casualtytrends.model.VictimGroup;

/**
 * Combines an incident's reports of one casualty kind into low / best / high (CODEBOOK.md section 4;
 * news-dev CODING-NOTES.md R1, R4).
 *
 * <p>Per victim group: the parts of one clause add up ("a leader and two suspects" is three); reports
 * of the same victims in different clauses are alternative counts, of which a vague one ("several")
 * yields to a counted one; targeted individuals ("a Taliban leader") and the rank and file ("two
 * suspected insurgents") are different people and add up, as do victims told as more ("several more",
 * {@link Cohort#ADDED}); a restatement of everyone ("both men") caps
 * nothing but raises the count when larger; a pronoun ("killing him") or a bare vague word ("killing
 * dozens") counts only alone. Among the alternative counts: low = smallest non-claim, best = largest
 * non-claim, high = largest of all; with claims only, low = best = smallest claim (a claimant's claim
 * being its largest figure).
 *
 * <p>Across groups: the groups add up, and a count of unknown victims ("13 people") holds them when
 * larger. When militants attacked (a bombing or an attack by other than the state's forces), militants
 * killed are the attackers and add to the toll of victims ("killed 20 people before police shot him
 * dead" is 21), unless the groups' counts add up to that toll exactly, which shows it whole ("killed at
 * least 50 people" told as 33 militants, seven civilians and ten soldiers is 50). Reports disagree when
 * their values differ.
 */
final class CasualtyTally {
    private CasualtyTally() {
    }

    /**
     * The count of the reports (all of one kind), per victim group in {@code byGroup}; null without
     * reports. {@code militantsAttack}: militants killed are the attackers, not victims.
     */
    static Count count(List<Report> reports, Map<VictimGroup, Count> byGroup, boolean militantsAttack) {
        Map<VictimGroup, List<Report>> groups = new LinkedHashMap<>();
        reports.forEach(r -> groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        Count victims = null;
        for (Map.Entry<VictimGroup, List<Report>> group : groups.entrySet()) {
            Count count = group(group.getValue());
            if (count == null) {
                continue;
            }
            byGroup.put(group.getKey(), count);
            if (group.getKey() != VictimGroup.UNKNOWN && group.getKey() != VictimGroup.MILITANTS) {
                victims = victims == null ? count : victims.plus(count);
            }
        }
        Count unknown = byGroup.get(VictimGroup.UNKNOWN);
        Count militants = byGroup.get(VictimGroup.MILITANTS);
        Count groupsSum = plus(victims, militants);
        Count total = !militantsAttack || militants == null || unknown == null || groupsSum.best() == unknown.best()
                ? max(unknown, groupsSum) : plus(max(unknown, victims), militants);
        if (unknown != null && groupsSum != null) {
            // per group, the best adds up to the total's: unknown victims are those no group counts
            int rest = total.best() - groupsSum.best();
            byGroup.remove(VictimGroup.UNKNOWN);
            if (rest > 0) {
                byGroup.put(VictimGroup.UNKNOWN, new Count(rest, rest, rest, unknown.onClaim(), unknown.disputed()));
            }
        }
        return total;
    }

    private static Count plus(Count a, Count b) {
        return a == null ? b : b == null ? a : a.plus(b);
    }

    private static Count max(Count a, Count b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    private static Count group(List<Report> reports) {
        Count target = cohort(reports, Cohort.TARGET);
        Count generic = cohort(reports, Cohort.GENERIC);
        Count total = cohort(reports, Cohort.TOTAL);
        Count parts = plus(plus(target, generic), added(reports));
        Count count = parts == null ? total : total == null ? parts : parts.max(total);
        return count != null ? count : cohort(reports, Cohort.FALLBACK);
    }

    /** The victims each {@link Cohort#ADDED} clause adds ("several more insurgents"): one count per clause, summed. */
    private static Count added(List<Report> reports) {
        Map<Long, List<Report>> clauses = new LinkedHashMap<>();
        reports.stream().filter(r -> r.cohort() == Cohort.ADDED).forEach(r -> clauses.computeIfAbsent(r.clauseKey(), k -> new ArrayList<>()).add(r));
        Count sum = null;
        for (List<Report> clause : clauses.values()) {
            sum = plus(sum, cohort(clause, Cohort.ADDED));
        }
        return sum;
    }

    /**
     * The cohort's alternative counts, one per clause (its parts summed), combined by the source rules.
     * A claimant's fuller statement supersedes its partial ones ("captured a leader", then "detained the
     * leader and a suspected associate"): each claimant counts with its largest figure.
     */
    private static Count cohort(List<Report> reports, Cohort cohort) {
        Map<Long, Clause> clauses = new LinkedHashMap<>();
        for (Report r : reports) {
            if (r.cohort() == cohort) {
                clauses.computeIfAbsent(r.clauseKey(), k -> new Clause(r.claim(), r.sourceText())).add(r);
            }
        }
        if (clauses.isEmpty()) {
            return null;
        }
        boolean anyCounted = clauses.values().stream().anyMatch(c -> !c.vague);
        List<Integer> nonClaims = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        Map<String, Integer> claimants = new LinkedHashMap<>();
        for (Clause clause : clauses.values()) {
            if (anyCounted && clause.vague) {
                continue;
            }
            all.add(clause.value);
            if (clause.claim) {
                claimants.merge(String.valueOf(clause.source), clause.value, Math::max);
            } else {
                nonClaims.add(clause.value);
            }
        }
        boolean disputed = all.stream().distinct().count() > 1;
        int high = max(all);
        if (!nonClaims.isEmpty()) {
            return new Count(min(nonClaims), max(nonClaims), high, false, disputed);
        }
        List<Integer> claims = new ArrayList<>(claimants.values());
        return new Count(min(claims), min(claims), high, true, disputed);
    }

    /** The parts of one clause: their sum, whether one is vague, and its source. */
    private static final class Clause {
        final boolean claim;
        final String source;
        int value;
        boolean vague;

        Clause(boolean claim, String source) {
            this.claim = claim;
            this.source = source;
        }

        void add(Report r) {
            value += r.figure().value();
            vague |= r.figure().vague();
        }
    }

    private static int min(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    private static int max(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
