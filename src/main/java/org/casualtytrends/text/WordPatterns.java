package org.casualtytrends.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiles lexicon patterns so that they are tried only where a word starts. Java's regex engine
 * tries every alternative of {@code \bkilled\b|\bwounded\b|...} at every character; when every
 * top-level alternative begins with {@code \b}, the same pattern written {@code \b(?:...)} fails at
 * once inside words. Measured on the extraction rules, lexicon matching is most of their cost.
 */
public final class WordPatterns {
    private static final String BOUNDARY = "\\b";

    private WordPatterns() {
    }

    public static Pattern compile(String regex, int flags) {
        return Pattern.compile(hoistWordBoundary(regex), flags);
    }

    /** {@code regex} as {@code \b(?:regex)} when every top-level alternative starts with {@code \b}; else unchanged. */
    static String hoistWordBoundary(String regex) {
        for (String alternative : topLevelAlternatives(regex)) {
            if (!startsWithBoundary(alternative)) {
                return regex;
            }
        }
        return BOUNDARY + "(?:" + regex + ")";
    }

    private static boolean startsWithBoundary(String alternative) {
        String a = alternative;
        // A group that holds a single alternative list, like (?:\bfoo|\bbar), counts when all of its
        // own alternatives start with \b.
        if (a.startsWith("(?:") && closingParen(a, 0) == a.length() - 1) {
            for (String inner : topLevelAlternatives(a.substring(3, a.length() - 1))) {
                if (!startsWithBoundary(inner)) {
                    return false;
                }
            }
            return true;
        }
        return a.startsWith(BOUNDARY);
    }

    static List<String> topLevelAlternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int bar = atDepthZero(regex, 0, '|'); bar >= 0; bar = atDepthZero(regex, start, '|')) {
            parts.add(regex.substring(start, bar));
            start = bar + 1;
        }
        parts.add(regex.substring(start));
        return parts;
    }

    private static int closingParen(String regex, int open) {
        return atDepthZero(regex, open + 1, ')');
    }

    /**
     * The index of the first {@code wanted} ({@code |} or {@code )}) from {@code from} that is neither
     * escaped, nor in a character class, nor inside a group opened after {@code from}; -1 if none.
     */
    private static int atDepthZero(String regex, int from, char wanted) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == wanted && depth == 0) {
                return i;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return -1;
    }
}
