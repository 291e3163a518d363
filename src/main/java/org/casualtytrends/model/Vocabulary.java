package org.casualtytrends.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A closed vocabulary of the tables (statuses, casualty kinds, victim groups, ...): an enum whose
 * constants are written in the tables, and in the rule files, as their lower-case names.
 */
public interface Vocabulary {
    String name();

    /** The value as the tables write it: the constant's name in lower case ({@code at_least}, {@code security_forces}). */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant written {@code code}; null for null (a column without a value). */
    static <E extends Enum<E> & Vocabulary> E parse(Class<E> vocabulary, String code) {
        if (code == null) {
            return null;
        }
        for (E value : vocabulary.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        // "VictimGroup": "victim group"
        String what = vocabulary.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        throw new IllegalArgumentException("unknown " + what + " '" + code + "', expected one of "
                + Arrays.stream(vocabulary.getEnumConstants()).map(value -> value.code())
                        .collect(Collectors.joining(", ", "[", "]")));
    }

    /** The code of a value that may be null. */
    static String codeOf(Vocabulary value) {
        return value == null ? null : value.code();
    }
}
