package org.casualtytrends.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A JSON object read from one line of a gold file (or an object nested in it), with typed field
 * access whose errors name the file, the line and where in the line.
 */
final class GoldLine {
    private final Path file;
    private final int number;
    private final String where;
    private final JsonNode node;

    private GoldLine(Path file, int number, String where, JsonNode node) {
        this.file = file;
        this.number = number;
        this.where = where;
        this.node = node;
    }

    static GoldLine parse(ObjectMapper mapper, Path file, int number, String text) {
        GoldLine line = new GoldLine(file, number, "", NullNode.getInstance());
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw line.error("invalid JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw line.error("expected a JSON object");
        }
        return new GoldLine(file, number, "", node);
    }

    boolean has(String field) {
        return node.has(field);
    }

    /** The objects of an array field (absent or null: none), each named {@code name n} in errors. */
    List<GoldLine> objects(String field, String name) {
        List<GoldLine> objects = new ArrayList<>();
        for (JsonNode element : array(field)) {
            String place = where + name + " " + (objects.size() + 1) + ", ";
            GoldLine object = new GoldLine(file, number, place, element);
            if (!element.isObject()) {
                throw object.error("expected a JSON object");
            }
            objects.add(object);
        }
        return objects;
    }

    /** An object field (absent or null: an empty one). */
    GoldLine object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return new GoldLine(file, number, where + field + ": ", JsonNodeFactory.instance.objectNode());
        }
        if (!value.isObject()) {
            throw error("field " + field + ": expected an object, got " + value);
        }
        return new GoldLine(file, number, where + field + ": ", value);
    }

    Iterator<String> fieldNames() {
        return node.fieldNames();
    }

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw error("field " + field + ": expected a string, got " + value);
        }
        return value.asText();
    }

    String requiredText(String field) {
        String value = text(field);
        if (value == null || value.isBlank()) {
            throw error("missing field " + field);
        }
        return value;
    }

    LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error("field " + field + ": expected a date YYYY-MM-DD, got \"" + value + "\"");
        }
    }

    Integer integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error("field " + field + ": expected an integer, got " + value);
        }
        return value.intValue();
    }

    int requiredInt(String field) {
        Integer value = integer(field);
        if (value == null) {
            throw error("missing field " + field);
        }
        return value;
    }

    boolean flag(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw error("field " + field + ": expected true or false, got " + value);
        }
        return value.booleanValue();
    }

    /** A required array of strings. */
    List<String> texts(String field) {
        if (!node.has(field)) {
            throw error("missing field " + field);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : array(field)) {
            if (!element.isTextual()) {
                throw error("field " + field + ": expected strings, got " + element);
            }
            texts.add(element.asText());
        }
        return texts;
    }

    IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(file + " line " + number + ": " + where + problem);
    }

    private JsonNode array(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw error("field " + field + ": expected an array, got " + value);
        }
        return value;
    }
}
