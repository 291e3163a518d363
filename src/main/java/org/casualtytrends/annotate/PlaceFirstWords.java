package org.casualtytrends.annotate;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.casualtytrends.config.PerJvm;
import org.casualtytrends.text.LiteralIndex;
import org.casualtytrends.text.Literals;

/**
 * The first word of every place name, lower-cased and split as the tokenizer splits
 * ({@link AnnotationPipeline#TOKEN_SEPARATOR}): a sentence holding none of them holds no place name,
 * and the tokenizer and place matcher need not see it. Looked for where a {@link LiteralIndex} of the
 * words finds one may start. Serializable: tasks carry it; the index is built where it is used, once per JVM.
 */
final class PlaceFirstWords implements Serializable {
    private final Set<String> words = new HashSet<>();
    private transient LiteralIndex index;

    PlaceFirstWords(Collection<String> placeNames) {
        for (String name : placeNames) {
            String first = firstWordWhere(name, word -> true);
            if (first != null) {
                words.add(first);
            }
        }
    }

    /** Whether a word of the text is the first word of a place name. */
    boolean isFoundIn(String text) {
        LiteralIndex index = index();
        if (index.startsAnywhere(0)) {
            return firstWordWhere(text, words::contains) != null;
        }
        return index.anyStart(text, 0, at -> isWordAt(text, at));
    }

    /** Whether a word of the set starts at {@code at}. */
    private boolean isWordAt(String text, int at) {
        if (at > 0 && isWordChar(text.charAt(at - 1))) {
            return false;
        }
        int end = at;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return words.contains(text.substring(at, end).toLowerCase(Locale.ROOT));
    }

    /**
     * Built once per JVM for each set of words: every task carries its own copy of the words, and
     * building costs more than a task's sentences.
     */
    private LiteralIndex index() {
        if (index == null) {
            index = PerJvm.get(List.of(PlaceFirstWords.class, words), () -> LiteralIndex.of(List.of(Literals.ofWords(words))));
        }
        return index;
    }

    /** The first word of the text, lower-cased and split as the tokenizer splits, that passes {@code test}; null if none. */
    static String firstWordWhere(String text, Predicate<String> test) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (test.test(word)) {
                    return word;
                }
                start = -1;
            }
        }
        return null;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
