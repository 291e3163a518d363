package org.casualtytrends.evaluate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.casualtytrends.model.Evidence;
import org.casualtytrends.model.Incident;

/**
 * An article's predicted incidents reduced to what ISAF gold records per release. The gold codes the
 * operations a release reports, not its background references, so only primary incidents are summed
 * and, when one has a figure, only they place and date the release. Its killed figures are ISAF's
 * claims about its enemy (eval README), so the deaths of the reporting side's own forces
 * (security and foreign forces) are left out of the predicted sum.
 *
 * @param killed        sum of killedBest less own forces killed over primary incidents (null counts 0)
 * @param captured      sum of capturedBest over primary incidents (null counts 0)
 * @param provinceCodes provinces of the primary incidents with a figure; when none, of the incidents
 *                      with a figure; when none, of all incidents
 * @param eventDate     date of the scored incident with a figure (primary ones first, as for provinces)
 *                      whose evidence starts earliest in the text (the first incident when none has a
 *                      figure); null without incidents
 */
record IsafPrediction(int killed, int captured, SortedSet<String> provinceCodes, LocalDate eventDate) {

    static IsafPrediction of(List<Incident> incidents) {
        int killed = 0;
        int captured = 0;
        for (Incident incident : incidents) {
            if (incident.isPrimary()) {
                killed += Objects.requireNonNullElse(incident.killedBest(), 0)
                        - Objects.requireNonNullElse(incident.killedSecurityForces(), 0)
                        - Objects.requireNonNullElse(incident.killedForeignForces(), 0);
                captured += Objects.requireNonNullElse(incident.capturedBest(), 0);
            }
        }
        List<Incident> withFigures = incidents.stream().filter(CasualtyKinds::hasFigure).toList();
        List<Incident> primaryWithFigures = withFigures.stream().filter(Incident::isPrimary).toList();
        List<Incident> figured = primaryWithFigures.isEmpty() ? withFigures : primaryWithFigures;
        List<Incident> scored = figured.isEmpty() ? incidents : figured;
        SortedSet<String> provinceCodes = new TreeSet<>();
        scored.stream().map(Incident::provinceCode).filter(Objects::nonNull).forEach(provinceCodes::add);
        // min() keeps the first of equal elements: ties and evidence-less incidents go by list order.
        Optional<Incident> first = figured.isEmpty()
                ? incidents.stream().findFirst()
                : figured.stream().min(Comparator.comparingInt(IsafPrediction::firstEvidence));
        LocalDate eventDate = first.map(Incident::eventDate).orElse(null);
        return new IsafPrediction(killed, captured, provinceCodes, eventDate);
    }

    boolean provincesMatch(List<String> goldCodes) {
        return provinceCodes.equals(Set.copyOf(goldCodes));
    }

    private static int firstEvidence(Incident incident) {
        return incident.evidence().stream().mapToInt(Evidence::begin).min().orElse(Integer.MAX_VALUE);
    }
}
