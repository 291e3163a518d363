package org.casualtytrends.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One incident found in one article, with the fields of CODEBOOK.md section 2.
 * Counts are null when the text gives no figure of that kind.
 */
public record Incident(
        String articleId,
        String incidentId,
        LocalDate eventDate,
        LocalDate dateStart,
        LocalDate dateEnd,
        String datePrecision,
        String country,
        String province,
        String provinceCode,
        String district,
        String districtCode,
        String locationPrecision,
        String eventType,
        String perpetrator,
        Integer killedLow,
        Integer killedBest,
        Integer killedHigh,
        Integer injuredLow,
        Integer injuredBest,
        Integer injuredHigh,
        Integer missingBest,
        Integer capturedBest,
        Integer killedSecurityForces,
        Integer killedForeignForces,
        Integer killedCivilians,
        Integer killedMilitants,
        Integer killedUnknown,
        boolean bestRestsOnClaim,
        boolean disputed,
        boolean isPrimary,
        List<Evidence> evidence) {

    public Incident {
        evidence = List.copyOf(evidence);
    }
}
