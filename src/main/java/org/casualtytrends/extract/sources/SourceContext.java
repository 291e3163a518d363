package org.casualtytrends.extract.sources;

import java.util.HashMap;
import java.util.Map;

/** The sources an article has named so far, for "he said" and "Amiri told". One per article; not thread-safe. */
public final class SourceContext {
    private final Map<String, Attribution> byName = new HashMap<>();
    private Attribution previous;

    Attribution previous() {
        return previous;
    }

    void remember(Attribution source) {
        previous = source;
    }

    /** Remembers the capitalized words of the words naming a source ("Safiullah Amiri, deputy head ..."). */
    void rememberNames(String words, Attribution source) {
        for (String word : words.split("[^\\p{L}]+")) {
            if (word.length() > 2 && Character.isUpperCase(word.charAt(0))) {
                byName.putIfAbsent(word, source);
            }
        }
    }

    /** An earlier source one of whose capitalized words is in {@code words}, or null. */
    Attribution byName(String words) {
        for (String word : words.split("[^\\p{L}]+")) {
            Attribution source = byName.get(word);
            if (source != null) {
                return source;
            }
        }
        return null;
    }
}
