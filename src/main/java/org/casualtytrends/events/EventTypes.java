package org.casualtytrends.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casualtytrends.config.RuleTable;

/** Which event types may describe the same event, from a table of general types and their specific forms. */
final class EventTypes {
    private final Map<String, Set<String>> specificsByGeneral;

    private EventTypes(Map<String, Set<String>> specificsByGeneral) {
        this.specificsByGeneral = specificsByGeneral;
    }

    /** The table of {@code events/compatible-types.tsv}: a general type and the specific ones it may turn out to be. */
    static EventTypes of(RuleTable table) {
        Map<String, Set<String>> specificsByGeneral = new HashMap<>();
        for (RuleTable.Row row : table.rows()) {
            String general = row.get("general");
            if (general.contains(" ")) {
                throw row.error("a general type is one word: '" + general + "'");
            }
            List<String> specifics = row.list("specific", " ");
            if (specifics.isEmpty()) {
                throw row.error("no specific type");
            }
            specificsByGeneral.computeIfAbsent(general, g -> new HashSet<>()).addAll(specifics);
        }
        return new EventTypes(specificsByGeneral);
    }

    /** Equal types (null only with null), or a general type and one of its specific forms. */
    boolean compatible(String a, String b) {
        return Objects.equals(a, b) || a != null && b != null && (specifics(a).contains(b) || specifics(b).contains(a));
    }

    boolean general(String type) {
        return specificsByGeneral.containsKey(type);
    }

    /** The type an event has once a compatible report of type {@code incoming} joins one of type {@code current}. */
    String moreSpecific(String current, String incoming) {
        return general(current) && !Objects.equals(current, incoming) ? incoming : current;
    }

    private Set<String> specifics(String general) {
        return specificsByGeneral.getOrDefault(general, Set.of());
    }
}
