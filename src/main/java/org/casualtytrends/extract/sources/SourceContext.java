package org.casualtytrends.extract.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        for (String word : letterRuns(words)) {
            if (word.length() > 2 && Character.isUpperCase(word.charAt(0))) {
                byName.putIfAbsent(word, source);
            }
        }
    }

    /** An earlier source one of whose capitalized words is in {@code words}, or null. */
    Attribution byName(String words) {
        for (String word : letterRuns(words)) {
            Attribution source = byName.get(word);
            if (source != null) {
                return source;
            }
        }
        return null;
    }

    /** The runs of letters of {@code words}, in order: the non-empty pieces of {@code words.split("[^\\p{L}]+")}. */
    private static List<String> letterRuns(String words) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < words.length(); ) {
            int cp = words.codePointAt(i);
            if (Character.isLetter(cp)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                runs.add(words.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            runs.add(words.substring(start));
        }
        return runs;
    }
}
