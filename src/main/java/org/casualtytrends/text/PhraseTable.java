package org.casualtytrends.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lower-case word phrases ("lost their lives", "a number of") mapped to values, found at a token
 * position by longest match. Immutable once built.
 */
public final class PhraseTable<V> {
    /** A phrase found at a position: how many tokens it spans and its value. */
    public record Match<V>(int length, V value) {
    }

    /** A phrase; its words after the first, which the entry is found by, are compared with the tokens. */
    private record Entry<V>(String[] words, String[] rest, V value) {
        Entry(String[] words, V value) {
            this(words, java.util.Arrays.copyOfRange(words, 1, words.length), value);
        }
    }

    private final Map<String, List<Entry<V>>> byFirstWord;
    /** The values by whole phrase, its words joined by single spaces. */
    private final Map<String, V> byPhrase;

    private PhraseTable(Map<String, List<Entry<V>>> byFirstWord) {
        this.byFirstWord = byFirstWord;
        Map<String, V> byPhrase = new HashMap<>();
        byFirstWord.values().forEach(entries -> entries.forEach(e -> byPhrase.put(String.join(" ", e.words()), e.value())));
        this.byPhrase = byPhrase;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> at(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        List<Entry<V>> entries = byFirstWord.get(tokens.get(i).lower());
        if (entries != null) {
            for (Entry<V> entry : entries) {
                if (Tokens.startsWith(tokens, i + 1, entry.rest())) {
                    return new Match<>(entry.words().length, entry.value());
                }
            }
        }
        return null;
    }

    /** The value of a whole phrase, or null. */
    public V get(String phrase) {
        // a single word (the usual case: a piece of a token) is its own key; no need to split it
        return byPhrase.get(hasWhitespace(phrase) ? String.join(" ", phrase.strip().split("\\s+")) : phrase);
    }

    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // white space below 128 is at most ' ': most characters need no look-up
            if ((c <= ' ' || c >= 128) && Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    public static final class Builder<V> {
        private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

        /** Adds a phrase; a phrase given twice keeps its first value. */
        public Builder<V> add(String phrase, V value) {
            String[] words = phrase.strip().toLowerCase(java.util.Locale.ROOT).replace('’', '\'').split("\\s+");
            List<Entry<V>> entries = byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>());
            if (entries.stream().noneMatch(e -> java.util.Arrays.equals(e.words(), words))) {
                entries.add(new Entry<>(words, value));
            }
            return this;
        }

        public PhraseTable<V> build() {
            Map<String, List<Entry<V>>> sorted = new HashMap<>();
            byFirstWord.forEach((word, entries) -> {
                List<Entry<V>> copy = new ArrayList<>(entries);
                copy.sort(Comparator.comparingInt((Entry<V> e) -> e.words().length).reversed());
                sorted.put(word, List.copyOf(copy));
            });
            // a HashMap, never changed after: its misses (most words) compare hashes, not strings
            return new PhraseTable<>(sorted);
        }
    }
}
