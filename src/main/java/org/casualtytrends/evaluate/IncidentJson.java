package org.casualtytrends.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collection;
import org.casualtytrends.model.Evidence;
import org.casualtytrends.model.Incident;

/** The scored fields of incidents as JSON, so a reader sees gold beside prediction. */
final class IncidentJson {
    private IncidentJson() {
    }

    /** A predicted incident with the sentences of its evidence. */
    static ObjectNode predicted(Incident incident) {
        ObjectNode node = keyFields(incident);
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence figure : incident.evidence()) {
            ObjectNode entry = evidence.addObject();
            entry.put("kind", figure.kind().code());
            entry.put("value", figure.value());
            entry.put("source_type", figure.sourceType().code());
            entry.put("begin", figure.begin());
            entry.put("sentence", figure.sentence());
        }
        return node;
    }

    /** A gold incident with its summary and the quotes of its figures. */
    static ObjectNode gold(GoldIncident gold) {
        ObjectNode node = keyFields(gold.incident());
        node.put("optional", gold.optional());
        node.put("summary", gold.summary());
        ArrayNode figures = node.putArray("figures");
        for (GoldFigure figure : gold.figures()) {
            ObjectNode entry = figures.addObject();
            entry.put("kind", figure.kind());
            entry.put("value", figure.value());
            entry.put("source_type", figure.sourceType());
            entry.put("quote", figure.quote());
        }
        return node;
    }

    static ArrayNode texts(Collection<String> texts) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        texts.forEach(array::add);
        return array;
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static ObjectNode keyFields(Incident incident) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("incident_id", incident.incidentId());
        node.put("event_date", date(incident.eventDate()));
        node.put("date_start", date(incident.dateStart()));
        node.put("date_end", date(incident.dateEnd()));
        node.put("country", incident.country());
        node.put("province_code", incident.provinceCode());
        node.put("province", incident.province());
        node.put("killed_low", incident.killedLow());
        node.put("killed_best", incident.killedBest());
        node.put("killed_high", incident.killedHigh());
        node.put("injured_low", incident.injuredLow());
        node.put("injured_best", incident.injuredBest());
        node.put("injured_high", incident.injuredHigh());
        node.put("missing_best", incident.missingBest());
        node.put("captured_best", incident.capturedBest());
        node.put("is_primary", incident.isPrimary());
        return node;
    }
}
