package org.casualtytrends.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Values under the normalised form of their names ({@link PlaceNames#key} or {@link PlaceNames#skeleton}).
 * Names of Arabic-speaking countries are kept apart, under their form without articles: a name looked up
 * meets them in that form and the others in the form with articles, so "Al-Anbar" finds Anbar but
 * "El Salvador" does not find Salvador (Brazil). Immutable once built.
 */
final class NameIndex<T> {
    /** A name's two forms, as a non-Arabic name's and as an Arabic name's ({@link PlaceNames#keys}). */
    private final Function<String, String[]> forms;
    private final Map<String, List<T>> plain;
    private final Map<String, List<T>> arabic;

    private NameIndex(Function<String, String[]> forms, Map<String, List<T>> plain, Map<String, List<T>> arabic) {
        this.forms = forms;
        this.plain = plain;
        this.arabic = arabic;
    }

    /** Every value a name may be, each once, those of non-Arabic names first. */
    List<T> get(String name) {
        String[] form = forms.apply(name);
        List<T> first = plain.getOrDefault(form[0], List.of());
        List<T> second = arabic.getOrDefault(form[1], List.of());
        if (second.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return second;
        }
        List<T> both = new ArrayList<>(first);
        second.stream().filter(v -> !first.contains(v)).forEach(both::add);
        return List.copyOf(both);
    }

    int size() {
        return plain.size() + arabic.size();
    }

    static final class Builder<T> {
        private final Function<String, String[]> forms;
        private final int minLength;
        private final Map<String, List<T>> plain = new HashMap<>();
        private final Map<String, List<T>> arabic = new HashMap<>();

        /** @param minLength forms shorter than this are not indexed (a skeleton of two consonants says little) */
        Builder(Function<String, String[]> forms, int minLength) {
            this.forms = forms;
            this.minLength = minLength;
        }

        void put(String name, boolean arabicName, T value) {
            putForm(forms.apply(name)[arabicName ? 1 : 0], arabicName, value);
        }

        /** Puts a value under a form already made with this index's form function. */
        void putForm(String key, boolean arabicName, T value) {
            if (key.length() < minLength) {
                return;
            }
            List<T> values = (arabicName ? arabic : plain).computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!values.contains(value)) {
                values.add(value);
            }
        }

        NameIndex<T> build() {
            return new NameIndex<>(forms, freeze(plain), freeze(arabic));
        }

        private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
            Map<String, List<T>> frozen = new HashMap<>(map.size() * 4 / 3 + 1);
            map.forEach((key, values) -> frozen.put(key, List.copyOf(values)));
            return frozen;
        }
    }
}
