package org.casualtytrends.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casualtytrends.config.ConfFiles;

/** Which event types may describe the same event, from a table of general types and their specific forms. */
final class EventTypes {
    static final String DEFAULT_LOCATION = "classpath:conf/events/event-types.txt";

    private final Map<String, Set<String>> specificsByGeneral;

    private EventTypes(Map<String, Set<String>> specificsByGeneral) {
        this.specificsByGeneral = specificsByGeneral;
    }

    /** Reads lines {@code general | specific specific ...}; errors name the file and line. */
    static EventTypes read(String location) {
        String[] lines = ConfFiles.read(location).split("\r?\n", -1);
        Map<String, Set<String>> specificsByGeneral = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\|", -1);
            String general = fields[0].strip();
            String specifics = fields.length == 2 ? fields[1].strip() : "";
            if (general.isEmpty() || specifics.isEmpty() || general.contains(" ")) {
                throw new IllegalArgumentException(location + " line " + (i + 1)
                        + ": expected 'general type | specific types separated by spaces', found: " + line);
            }
            specificsByGeneral.computeIfAbsent(general, g -> new HashSet<>()).addAll(List.of(specifics.split("\\s+")));
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
