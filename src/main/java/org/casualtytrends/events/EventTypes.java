package org.casualtytrends.events;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.model.EventType;

/** Which event types may describe the same event, from a table of general types and their specific forms. */
final class EventTypes {
    private final Map<EventType, Set<EventType>> specificsByGeneral;

    private EventTypes(Map<EventType, Set<EventType>> specificsByGeneral) {
        this.specificsByGeneral = specificsByGeneral;
    }

    /** The table of {@code events/compatible-types.tsv}: a general type and the specific ones it may turn out to be. */
    static EventTypes of(RuleTable table) {
        Map<EventType, Set<EventType>> specificsByGeneral = new EnumMap<>(EventType.class);
        for (RuleTable.Row row : table.rows()) {
            EventType general = row.as("general", EventType::of);
            List<EventType> specifics = row.as("specific", cell -> row.list("specific", " ").stream().map(EventType::of).toList());
            specificsByGeneral.computeIfAbsent(general, g -> EnumSet.noneOf(EventType.class)).addAll(specifics);
        }
        return new EventTypes(specificsByGeneral);
    }

    /** Equal types (null only with null), or a general type and one of its specific forms. */
    boolean compatible(EventType a, EventType b) {
        return Objects.equals(a, b) || a != null && b != null && (specifics(a).contains(b) || specifics(b).contains(a));
    }

    boolean general(EventType type) {
        return specificsByGeneral.containsKey(type);
    }

    /** The type an event has once a compatible report of type {@code incoming} joins one of type {@code current}. */
    EventType moreSpecific(EventType current, EventType incoming) {
        return general(current) && !Objects.equals(current, incoming) ? incoming : current;
    }

    private Set<EventType> specifics(EventType general) {
        return specificsByGeneral.getOrDefault(general, Set.of());
    }
}
