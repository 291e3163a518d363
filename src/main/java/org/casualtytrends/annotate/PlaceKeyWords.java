package org.casualtytrends.annotate;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.casualtytrends.geo.PlaceNames;

/**
 * One key word of every place name, lower-cased and split as the tokenizer splits
 * ({@link AnnotationPipeline#TOKEN_SEPARATOR}): a sentence without a key word written as a name
 * (capitalised, or "al-Anbar") holds no place name the extraction reads, so the tokenizer and the place
 * matcher need not see it. The key word of a name is, among its words written with a capital, one that
 * is not an ordinary English word ("Aviv" of "Tel Aviv", "Guerdane" of "Ben Guerdane"), the longest
 * such: with the world's names, the first words took in "In" (In Salah), "New", "Al" and passed almost
 * every sentence. A name written with another capitalisation inside ("Ben guerdane") is missed; the
 * press does not write them so.
 */
final class PlaceKeyWords implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Set<String> words = new HashSet<>();

    /** @param ordinary whether a lower-case word is an ordinary English word */
    PlaceKeyWords(Collection<String> placeNames, Predicate<String> ordinary) {
        for (String name : placeNames) {
            String key = keyWord(name, ordinary);
            if (key != null) {
                words.add(key);
            }
        }
    }

    /** How many distinct key words the names gave. */
    int size() {
        return words.size();
    }

    /** Whether a word of the text written as a name is the key word of a place name. */
    boolean isFoundIn(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && isWordChar(text.charAt(end))) {
                end++;
            }
            if (PlaceNames.isCapitalised(text, i, end) && words.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** The key word of a name (see the class comment), lower case; null for a name without words. */
    static String keyWord(String name, Predicate<String> ordinary) {
        String best = null;
        int bestRank = -1;
        boolean anyCapitalised = false;
        for (int pass = 0; pass < 2 && best == null; pass++) {
            int i = 0;
            while (i < name.length()) {
                if (!isWordChar(name.charAt(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < name.length() && isWordChar(name.charAt(end))) {
                    end++;
                }
                boolean capitalised = PlaceNames.isCapitalised(name, i, end);
                anyCapitalised |= capitalised;
                // the second pass, for a name without capitals, takes any word
                if (capitalised || pass == 1 && !anyCapitalised) {
                    String word = name.substring(i, end).toLowerCase(Locale.ROOT);
                    int rank = (ordinary.test(word) ? 0 : 1000) + word.length();
                    if (rank > bestRank) {
                        best = word;
                        bestRank = rank;
                    }
                }
                i = end;
            }
        }
        return best;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
