package org.casualtytrends.tables;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.casualtytrends.model.Evidence;
import org.casualtytrends.model.Incident;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** Incident records to Spark rows of {@link Schemas#INCIDENT}. */
public final class IncidentRows {
    private IncidentRows() {
    }

    public static Row toRow(Incident i) {
        Object[] evidence = i.evidence().stream().map(IncidentRows::toRow).toArray();
        return RowFactory.create(
                i.articleId(), i.incidentId(), date(i.eventDate()), date(i.dateStart()), date(i.dateEnd()), i.datePrecision(),
                i.country(), i.province(), i.provinceCode(), i.district(), i.districtCode(), i.locationPrecision(),
                i.eventType(), i.perpetrator(),
                i.killedLow(), i.killedBest(), i.killedHigh(), i.injuredLow(), i.injuredBest(), i.injuredHigh(),
                i.missingBest(), i.capturedBest(),
                i.killedSecurityForces(), i.killedForeignForces(), i.killedCivilians(), i.killedMilitants(), i.killedUnknown(),
                i.bestRestsOnClaim(), i.disputed(), i.isPrimary(),
                Rows.seq(java.util.Arrays.asList(evidence)));
    }

    private static Row toRow(Evidence e) {
        return RowFactory.create(e.sentence(), e.begin(), e.end(), e.kind(), e.value(), e.operator(), e.sourceType(),
                e.sourceText(), e.victimGroup());
    }

    /** The inverse of {@link #toRow(Incident)}, by column name, so extra columns are ignored. */
    public static Incident fromRow(Row r) {
        List<Row> evidence = r.isNullAt(r.fieldIndex("evidence")) ? List.of() : r.getList(r.fieldIndex("evidence"));
        return new Incident(r.getAs("article_id"), r.getAs("incident_id"),
                localDate(r.getAs("event_date")), localDate(r.getAs("date_start")), localDate(r.getAs("date_end")),
                r.getAs("date_precision"), r.getAs("country"), r.getAs("province"), r.getAs("province_code"),
                r.getAs("district"), r.getAs("district_code"), r.getAs("location_precision"),
                r.getAs("event_type"), r.getAs("perpetrator"),
                r.getAs("killed_low"), r.getAs("killed_best"), r.getAs("killed_high"),
                r.getAs("injured_low"), r.getAs("injured_best"), r.getAs("injured_high"),
                r.getAs("missing_best"), r.getAs("captured_best"),
                r.getAs("killed_security_forces"), r.getAs("killed_foreign_forces"), r.getAs("killed_civilians"),
                r.getAs("killed_militants"), r.getAs("killed_unknown"),
                r.<Boolean>getAs("best_rests_on_claim"), r.<Boolean>getAs("disputed"), r.<Boolean>getAs("is_primary"),
                evidence.stream().map(e -> new Evidence(e.getAs("sentence"), e.<Integer>getAs("begin"), e.<Integer>getAs("end"),
                        e.getAs("kind"), e.getAs("value"), e.getAs("operator"), e.getAs("source_type"),
                        e.getAs("source_text"), e.getAs("victim_group"))).toList());
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
