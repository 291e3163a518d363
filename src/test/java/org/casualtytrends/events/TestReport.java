package org.casualtytrends.events;

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

/**
 * Builds reports for tests: a primary Taliban armed attack in Kunduz (AFG / AF19), province
 * precision, no figures, until the test says otherwise. The incident id is article id, "-", number.
 */
final class TestReport {
    private final String articleId;
    private final String incidentId;
    private LocalDate eventDate;
    private LocalDate dateStart;
    private LocalDate dateEnd;
    private String datePrecision;
    private String district;
    private String districtCode;
    private String locationPrecision = "province";
    private String eventType = "armed_attack";
    private String perpetrator = "taliban";
    private Integer killedLow;
    private Integer killedBest;
    private Integer killedHigh;
    private Integer capturedBest;
    private Integer killedSecurityForces;
    private Integer killedCivilians;
    private Integer killedMilitants;
    private boolean bestRestsOnClaim;
    private boolean disputed;
    private final List<Evidence> evidence = new ArrayList<>();

    private TestReport(String articleId, int number) {
        this.articleId = articleId;
        this.incidentId = articleId + "-" + number;
    }

    static TestReport report(String articleId, int number) {
        return new TestReport(articleId, number);
    }

    TestReport day(String isoDate) {
        return window("day", isoDate, isoDate, isoDate);
    }

    /** A window with its precision and its best single date. */
    TestReport window(String precision, String start, String end, String best) {
        datePrecision = precision;
        dateStart = LocalDate.parse(start);
        dateEnd = LocalDate.parse(end);
        eventDate = LocalDate.parse(best);
        return this;
    }

    TestReport undated() {
        datePrecision = null;
        dateStart = null;
        dateEnd = null;
        eventDate = null;
        return this;
    }

    TestReport district(String name, String code) {
        district = name;
        districtCode = code;
        locationPrecision = "district";
        return this;
    }

    TestReport type(String type) {
        eventType = type;
        return this;
    }

    TestReport perpetrator(String actor) {
        perpetrator = actor;
        return this;
    }

    TestReport killed(int low, int best, int high) {
        killedLow = low;
        killedBest = best;
        killedHigh = high;
        return this;
    }

    TestReport killed(int count) {
        return killed(count, count, count);
    }

    TestReport captured(int count) {
        capturedBest = count;
        return this;
    }

    TestReport securityForcesKilled(int count) {
        killedSecurityForces = count;
        return this;
    }

    TestReport civiliansKilled(int count) {
        killedCivilians = count;
        return this;
    }

    TestReport militantsKilled(int count) {
        killedMilitants = count;
        return this;
    }

    TestReport restsOnClaim() {
        bestRestsOnClaim = true;
        return this;
    }

    TestReport disputed() {
        disputed = true;
        return this;
    }

    /** A figure with its sentence; offsets are made unique per figure. */
    TestReport figure(String sentence, String kind, int value, String sourceType, String victimGroup) {
        int begin = evidence.size() * 100;
        evidence.add(new Evidence(sentence, begin, begin + 10, CasualtyKind.of(kind), value, Operator.EXACT, SourceType.of(sourceType), null,
                VictimGroup.of(victimGroup)));
        return this;
    }

    Incident incident() {
        return Incident.builder().articleId(articleId).incidentId(incidentId)
                .eventDate(eventDate).dateStart(dateStart).dateEnd(dateEnd).datePrecision(DatePrecision.of(datePrecision))
                .country("AFG").province("Kunduz").provinceCode("AF19").district(district).districtCode(districtCode)
                .locationPrecision(LocationPrecision.of(locationPrecision)).eventType(EventType.of(eventType)).perpetrator(perpetrator)
                .killedLow(killedLow).killedBest(killedBest).killedHigh(killedHigh).capturedBest(capturedBest)
                .killedSecurityForces(killedSecurityForces).killedCivilians(killedCivilians).killedMilitants(killedMilitants)
                .bestRestsOnClaim(bestRestsOnClaim).disputed(disputed).isPrimary(true).evidence(evidence).build();
    }

    Report publishedOn(String isoDate) {
        return new Report(incident(), LocalDate.parse(isoDate));
    }
}
