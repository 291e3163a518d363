package org.casualtytrends.text;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the matches of a pattern, or the words of a list, are known to hold, in ASCII lower case: a
 * {@link LiteralIndex} finds these strings in one pass over a text, so that the pattern runs only on
 * texts and at positions where it can match.
 *
 * @param required  every match contains one of them; empty when nothing is known (any text may match)
 * @param starts    every match starts with one of them; null when not known (a match may start anywhere)
 * @param wordStart every match starts at a word boundary ({@code \b})
 */
public record Literals(Set<String> required, Set<String> starts, boolean wordStart) {
    public static final Literals NONE = new Literals(Set.of(), null, false);

    public Literals {
        required = Set.copyOf(required);
        starts = starts == null ? null : Set.copyOf(starts);
    }

    /** Read from the regex ({@link RegexLiterals}). */
    public static Literals of(Pattern pattern) {
        return RegexLiterals.of(pattern);
    }

    /** The range of every character beyond ASCII, in a character class. */
    public static final String NON_ASCII = "\\x{80}-\\x{10FFFF}";

    /**
     * The body of a character class of the characters the matches start with, for a look-ahead
     * {@code (?=[...])} before the pattern: ASCII letters in both cases, other ASCII characters escaped,
     * in code order, then {@link #NON_ASCII} when a start literal begins beyond ASCII; null when the
     * starts are not known.
     */
    public String firstCharacters() {
        if (starts == null) {
            return null;
        }
        Set<Character> chars = new TreeSet<>();
        boolean nonAscii = false;
        for (String start : starts) {
            char c = start.charAt(0);
            nonAscii |= c >= 128;
            if (c < 128) {
                chars.add(Character.toLowerCase(c));
                chars.add(Character.toUpperCase(c));
            }
        }
        StringBuilder body = new StringBuilder();
        for (char c : chars) {
            body.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return nonAscii ? body + NON_ASCII : body.toString();
    }

    /**
     * A match is one of the words (compared in lower case): it starts with the word's beginning up to
     * its first non-ASCII character; a word that starts with one leaves the starts unknown.
     */
    public static Literals ofWords(Collection<String> words) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            int ascii = 0;
            while (ascii < lower.length() && lower.charAt(ascii) < 128) {
                ascii++;
            }
            if (ascii == 0) {
                return NONE;
            }
            prefixes.add(lower.substring(0, ascii));
        }
        return new Literals(prefixes, prefixes, false);
    }
}
