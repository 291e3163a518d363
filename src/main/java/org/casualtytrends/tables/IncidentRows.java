package org.casualtytrends.tables;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.model.DatePrecision;
import org.casualtytrends.model.EventType;
import org.casualtytrends.model.Evidence;
import org.casualtytrends.model.Incident;
import org.casualtytrends.model.LocationPrecision;
import org.casualtytrends.model.Operator;
import org.casualtytrends.model.SourceType;
import org.casualtytrends.model.VictimGroup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import static org.casualtytrends.model.Vocabulary.codeOf;

/** Incident records to Spark rows of {@link Schemas#INCIDENT}. */
public final class IncidentRows {
    private IncidentRows() {
    }

    public static Row toRow(Incident i) {
        Object[] evidence = i.evidence().stream().map(IncidentRows::toRow).toArray();
        return RowFactory.create(
                i.articleId(), i.incidentId(), date(i.eventDate()), date(i.dateStart()), date(i.dateEnd()), codeOf(i.datePrecision()),
                i.country(), i.province(), i.provinceCode(), i.district(), i.districtCode(), codeOf(i.locationPrecision()),
                codeOf(i.eventType()), i.perpetrator(),
                i.killedLow(), i.killedBest(), i.killedHigh(), i.injuredLow(), i.injuredBest(), i.injuredHigh(),
                i.missingBest(), i.capturedBest(),
                i.killedSecurityForces(), i.killedForeignForces(), i.killedCivilians(), i.killedMilitants(), i.killedUnknown(),
                i.bestRestsOnClaim(), i.disputed(), i.isPrimary(),
                Rows.seq(java.util.Arrays.asList(evidence)));
    }

    private static Row toRow(Evidence e) {
        return RowFactory.create(e.sentence(), e.begin(), e.end(), codeOf(e.kind()), e.value(), codeOf(e.operator()),
                codeOf(e.sourceType()), e.sourceText(), codeOf(e.victimGroup()));
    }

    /** The inverse of {@link #toRow(Incident)}, by column name, so extra columns are ignored. */
    public static Incident fromRow(Row r) {
        List<Row> evidence = r.isNullAt(r.fieldIndex("evidence")) ? List.of() : r.getList(r.fieldIndex("evidence"));
        return Incident.builder()
                .articleId(r.getAs("article_id")).incidentId(r.getAs("incident_id"))
                .eventDate(localDate(r.getAs("event_date"))).dateStart(localDate(r.getAs("date_start")))
                .dateEnd(localDate(r.getAs("date_end"))).datePrecision(DatePrecision.of(r.getAs("date_precision")))
                .country(r.getAs("country")).province(r.getAs("province")).provinceCode(r.getAs("province_code"))
                .district(r.getAs("district")).districtCode(r.getAs("district_code"))
                .locationPrecision(LocationPrecision.of(r.getAs("location_precision")))
                .eventType(EventType.of(r.getAs("event_type"))).perpetrator(r.getAs("perpetrator"))
                .killedLow(r.getAs("killed_low")).killedBest(r.getAs("killed_best")).killedHigh(r.getAs("killed_high"))
                .injuredLow(r.getAs("injured_low")).injuredBest(r.getAs("injured_best")).injuredHigh(r.getAs("injured_high"))
                .missingBest(r.getAs("missing_best")).capturedBest(r.getAs("captured_best"))
                .killedSecurityForces(r.getAs("killed_security_forces")).killedForeignForces(r.getAs("killed_foreign_forces"))
                .killedCivilians(r.getAs("killed_civilians")).killedMilitants(r.getAs("killed_militants"))
                .killedUnknown(r.getAs("killed_unknown"))
                .bestRestsOnClaim(r.<Boolean>getAs("best_rests_on_claim")).disputed(r.<Boolean>getAs("disputed"))
                .isPrimary(r.<Boolean>getAs("is_primary"))
                .evidence(evidence.stream().map(e -> new Evidence(e.getAs("sentence"), e.<Integer>getAs("begin"), e.<Integer>getAs("end"),
                        CasualtyKind.of(e.getAs("kind")), e.getAs("value"), Operator.of(e.getAs("operator")),
                        SourceType.of(e.getAs("source_type")), e.getAs("source_text"), VictimGroup.of(e.getAs("victim_group")))).toList())
                .build();
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
