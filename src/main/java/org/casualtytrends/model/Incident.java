package org.casualtytrends.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One incident found in one article, with the fields of CODEBOOK.md section 2.
 * Counts are null when the text gives no figure of that kind. Built by name: {@link #builder()}.
 */
public record Incident(
        String articleId,
        String incidentId,
        LocalDate eventDate,
        LocalDate dateStart,
        LocalDate dateEnd,
        DatePrecision datePrecision,
        String country,
        String province,
        String provinceCode,
        String district,
        String districtCode,
        LocationPrecision locationPrecision,
        EventType eventType,
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

    /** The perpetrator of an incident whose text names none; perpetrators are the actors of {@code lexicon/perpetrators.tsv}. */
    public static final String UNKNOWN_PERPETRATOR = "unknown";

    public Incident {
        evidence = List.copyOf(evidence);
    }

    /** The best killed of a victim group (its {@code killed_<group>} column). */
    public Integer killed(VictimGroup group) {
        return switch (group) {
            case SECURITY_FORCES -> killedSecurityForces;
            case FOREIGN_FORCES -> killedForeignForces;
            case CIVILIANS -> killedCivilians;
            case MILITANTS -> killedMilitants;
            case UNKNOWN -> killedUnknown;
        };
    }

    /** An incident to build field by field; unset fields are null (false, no evidence). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this incident's fields, to build a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
            b.articleId = articleId;
            b.incidentId = incidentId;
            b.eventDate = eventDate;
            b.dateStart = dateStart;
            b.dateEnd = dateEnd;
            b.datePrecision = datePrecision;
            b.country = country;
            b.province = province;
            b.provinceCode = provinceCode;
            b.district = district;
            b.districtCode = districtCode;
            b.locationPrecision = locationPrecision;
            b.eventType = eventType;
            b.perpetrator = perpetrator;
            b.killedLow = killedLow;
            b.killedBest = killedBest;
            b.killedHigh = killedHigh;
            b.injuredLow = injuredLow;
            b.injuredBest = injuredBest;
            b.injuredHigh = injuredHigh;
            b.missingBest = missingBest;
            b.capturedBest = capturedBest;
            b.killedSecurityForces = killedSecurityForces;
            b.killedForeignForces = killedForeignForces;
            b.killedCivilians = killedCivilians;
            b.killedMilitants = killedMilitants;
            b.killedUnknown = killedUnknown;
            b.bestRestsOnClaim = bestRestsOnClaim;
            b.disputed = disputed;
            b.isPrimary = isPrimary;
            b.evidence = evidence;
        return b;
    }

    /** Sets the incident's fields by name. */
    public static final class Builder {
        private String articleId;
        private String incidentId;
        private LocalDate eventDate;
        private LocalDate dateStart;
        private LocalDate dateEnd;
        private DatePrecision datePrecision;
        private String country;
        private String province;
        private String provinceCode;
        private String district;
        private String districtCode;
        private LocationPrecision locationPrecision;
        private EventType eventType;
        private String perpetrator;
        private Integer killedLow;
        private Integer killedBest;
        private Integer killedHigh;
        private Integer injuredLow;
        private Integer injuredBest;
        private Integer injuredHigh;
        private Integer missingBest;
        private Integer capturedBest;
        private Integer killedSecurityForces;
        private Integer killedForeignForces;
        private Integer killedCivilians;
        private Integer killedMilitants;
        private Integer killedUnknown;
        private boolean bestRestsOnClaim;
        private boolean disputed;
        private boolean isPrimary;
        private List<Evidence> evidence = List.of();

        private Builder() {
        }

        public Builder articleId(String articleId) {
            this.articleId = articleId;
            return this;
        }

        public Builder incidentId(String incidentId) {
            this.incidentId = incidentId;
            return this;
        }

        public Builder eventDate(LocalDate eventDate) {
            this.eventDate = eventDate;
            return this;
        }

        public Builder dateStart(LocalDate dateStart) {
            this.dateStart = dateStart;
            return this;
        }

        public Builder dateEnd(LocalDate dateEnd) {
            this.dateEnd = dateEnd;
            return this;
        }

        public Builder datePrecision(DatePrecision datePrecision) {
            this.datePrecision = datePrecision;
            return this;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder province(String province) {
            this.province = province;
            return this;
        }

        public Builder provinceCode(String provinceCode) {
            this.provinceCode = provinceCode;
            return this;
        }

        public Builder district(String district) {
            this.district = district;
            return this;
        }

        public Builder districtCode(String districtCode) {
            this.districtCode = districtCode;
            return this;
        }

        public Builder locationPrecision(LocationPrecision locationPrecision) {
            this.locationPrecision = locationPrecision;
            return this;
        }

        public Builder eventType(EventType eventType) {
            this.eventType = eventType;
            return this;
        }

        public Builder perpetrator(String perpetrator) {
            this.perpetrator = perpetrator;
            return this;
        }

        public Builder killedLow(Integer killedLow) {
            this.killedLow = killedLow;
            return this;
        }

        public Builder killedBest(Integer killedBest) {
            this.killedBest = killedBest;
            return this;
        }

        public Builder killedHigh(Integer killedHigh) {
            this.killedHigh = killedHigh;
            return this;
        }

        public Builder injuredLow(Integer injuredLow) {
            this.injuredLow = injuredLow;
            return this;
        }

        public Builder injuredBest(Integer injuredBest) {
            this.injuredBest = injuredBest;
            return this;
        }

        public Builder injuredHigh(Integer injuredHigh) {
            this.injuredHigh = injuredHigh;
            return this;
        }

        public Builder missingBest(Integer missingBest) {
            this.missingBest = missingBest;
            return this;
        }

        public Builder capturedBest(Integer capturedBest) {
            this.capturedBest = capturedBest;
            return this;
        }

        public Builder killedSecurityForces(Integer killedSecurityForces) {
            this.killedSecurityForces = killedSecurityForces;
            return this;
        }

        public Builder killedForeignForces(Integer killedForeignForces) {
            this.killedForeignForces = killedForeignForces;
            return this;
        }

        public Builder killedCivilians(Integer killedCivilians) {
            this.killedCivilians = killedCivilians;
            return this;
        }

        public Builder killedMilitants(Integer killedMilitants) {
            this.killedMilitants = killedMilitants;
            return this;
        }

        public Builder killedUnknown(Integer killedUnknown) {
            this.killedUnknown = killedUnknown;
            return this;
        }

        public Builder bestRestsOnClaim(boolean bestRestsOnClaim) {
            this.bestRestsOnClaim = bestRestsOnClaim;
            return this;
        }

        public Builder disputed(boolean disputed) {
            this.disputed = disputed;
            return this;
        }

        public Builder isPrimary(boolean isPrimary) {
            this.isPrimary = isPrimary;
            return this;
        }

        public Builder evidence(List<Evidence> evidence) {
            this.evidence = evidence;
            return this;
        }

        /** Sets the best killed of a victim group (its {@code killed_<group>} column). */
        public Builder killed(VictimGroup group, Integer killed) {
            switch (group) {
                case SECURITY_FORCES -> killedSecurityForces = killed;
                case FOREIGN_FORCES -> killedForeignForces = killed;
                case CIVILIANS -> killedCivilians = killed;
                case MILITANTS -> killedMilitants = killed;
                case UNKNOWN -> killedUnknown = killed;
            }
            return this;
        }

        public Incident build() {
            return new Incident(articleId, incidentId, eventDate, dateStart, dateEnd, datePrecision, country, province, provinceCode, district, districtCode, locationPrecision, eventType, perpetrator, killedLow, killedBest, killedHigh, injuredLow, injuredBest, injuredHigh, missingBest, capturedBest, killedSecurityForces, killedForeignForces, killedCivilians, killedMilitants, killedUnknown, bestRestsOnClaim, disputed, isPrimary, evidence);
        }
    }
}
