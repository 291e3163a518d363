package org.casualtytrends.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.model.DatePrecision;
import org.casualtytrends.model.EventType;
import org.casualtytrends.model.Evidence;
import org.casualtytrends.model.Incident;
import org.casualtytrends.model.LocationPrecision;
import org.casualtytrends.model.Operator;
import org.casualtytrends.model.SourceType;
import org.casualtytrends.model.VictimGroup;

/** Builds predicted incidents for tests; unset fields stay null, country defaults to AFG. */
final class TestIncident {
    private final String articleId;
    private final String incidentId;
    private LocalDate eventDate;
    private LocalDate dateStart;
    private LocalDate dateEnd;
    private String country = "AFG";
    private String provinceCode;
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
    private boolean primary = true;
    private final List<Evidence> evidence = new ArrayList<>();

    private TestIncident(String articleId, String incidentId) {
        this.articleId = articleId;
        this.incidentId = incidentId;
    }

    static TestIncident incident(String articleId, String incidentId) {
        return new TestIncident(articleId, incidentId);
    }

    TestIncident date(String isoDate) {
        eventDate = LocalDate.parse(isoDate);
        return this;
    }

    TestIncident window(String start, String end) {
        dateStart = LocalDate.parse(start);
        dateEnd = LocalDate.parse(end);
        return this;
    }

    TestIncident country(String code) {
        country = code;
        return this;
    }

    TestIncident province(String code) {
        provinceCode = code;
        return this;
    }

    TestIncident killed(int low, int best, int high) {
        killedLow = low;
        killedBest = best;
        killedHigh = high;
        return this;
    }

    TestIncident killed(int count) {
        return killed(count, count, count);
    }

    TestIncident injured(int count) {
        injuredLow = count;
        injuredBest = count;
        injuredHigh = count;
        return this;
    }

    TestIncident missing(int count) {
        missingBest = count;
        return this;
    }

    TestIncident captured(int count) {
        capturedBest = count;
        return this;
    }

    /** A background reference (is_primary = false). */
    TestIncident ownForcesKilled(int security, int foreign) {
        killedSecurityForces = security;
        killedForeignForces = foreign;
        return this;
    }

    TestIncident background() {
        primary = false;
        return this;
    }

    TestIncident evidence(int begin, String kind, int value, String sentence) {
        evidence.add(new Evidence(sentence, begin, begin + sentence.length(), CasualtyKind.of(kind), value, Operator.EXACT,
                SourceType.MEDIA, null, VictimGroup.UNKNOWN));
        return this;
    }

    Incident build() {
        return Incident.builder().articleId(articleId).incidentId(incidentId)
                .eventDate(eventDate).dateStart(dateStart).dateEnd(dateEnd).datePrecision(DatePrecision.DAY)
                .country(country).provinceCode(provinceCode).locationPrecision(LocationPrecision.PROVINCE)
                .eventType(EventType.ARMED_ATTACK).perpetrator("taliban")
                .killedLow(killedLow).killedBest(killedBest).killedHigh(killedHigh)
                .injuredLow(injuredLow).injuredBest(injuredBest).injuredHigh(injuredHigh)
                .missingBest(missingBest).capturedBest(capturedBest)
                .killedSecurityForces(killedSecurityForces).killedForeignForces(killedForeignForces)
                .isPrimary(primary).evidence(evidence).build();
    }
}
