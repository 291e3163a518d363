package org.casualtytrends.text;

import java.io.Serializable;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of regex alternatives matched case-insensitively as whole words: {@code (?i)\b(?:a|b|...)\b}.
 * <p>
 * {@code find} over such a pattern tries every alternative at every character, which cost here about
 * as much per article as the whole floor job (40 µs on 1 KB). The first three characters a match can
 * begin with are worked out once (by asking the engine whether a prefix could begin a match), so
 * the pattern is tried only at word boundaries where such a prefix stands: the same matches, found
 * about ten times faster. {@link #regex()} carries a first-character filter as a lookahead for
 * engines that take a regex (Spark NLP's RegexMatcher).
 */
public final class WordAlternation implements Serializable {
    private static final int ASCII = 128;
    private static final int PREFIX = 3;

    private final String regex;
    /** Keys ({@link #key}) of the lower-cased ASCII prefixes, up to {@link #PREFIX} long, a match can begin with. */
    private final BitSet prefixes = new BitSet(1 << 7 * PREFIX);
    private transient Pattern pattern;

    public WordAlternation(List<String> alternatives) {
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("no alternative given");
        }
        String body = "(?:" + String.join("|", alternatives) + ")";
        Pattern first = Pattern.compile("(?i)" + body);
        collectPrefixes(first, "");
        StringBuilder starts = new StringBuilder();
        for (char c = 1; c < ASCII; c++) {
            Matcher m = first.matcher(String.valueOf(c));
            if (m.lookingAt() || m.hitEnd()) {
                starts.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("\\x%02x", (int) c));
            }
        }
        // Any non-ASCII character may start a match: the filters only speed up ASCII text.
        this.regex = "(?i)\\b(?=[" + starts + "\\x{80}-\\x{10FFFF}])" + body + "\\b";
    }

    /** Depth-first over lower-cased ASCII: a prefix is kept while a match could begin with it. */
    private void collectPrefixes(Pattern first, String prefix) {
        for (char c = 1; c < ASCII; c++) {
            if (Character.isUpperCase(c)) {
                continue;
            }
            String p = prefix + c;
            Matcher m = first.matcher(p);
            boolean matched = m.lookingAt();
            if (!matched && !m.hitEnd()) {
                continue;
            }
            if (p.length() == PREFIX || matched && !m.hitEnd()) {
                prefixes.set(key(p, 0, p.length()));
            } else {
                collectPrefixes(first, p);
            }
        }
    }

    private static int key(CharSequence text, int from, int length) {
        int key = 0;
        for (int k = 0; k < length; k++) {
            key |= Character.toLowerCase(text.charAt(from + k)) << 7 * k;
        }
        return key;
    }

    /** The equivalent regex, first-character lookahead included. */
    public String regex() {
        return regex;
    }

    /** Whether the text holds one of the alternatives as a whole word. */
    public boolean isFoundIn(CharSequence text) {
        Matcher m = null;
        char previous = ' ';
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            // Around non-ASCII characters the engine itself decides where a word starts.
            boolean candidate = c >= ASCII || previous >= ASCII || isWordChar(c) != isWordChar(previous) && mayBeginAt(text, i);
            if (candidate) {
                if (m == null) {
                    m = pattern().matcher(text).useTransparentBounds(true);
                }
                if (m.region(i, n).lookingAt()) {
                    return true;
                }
            }
            previous = c;
        }
        return false;
    }

    private boolean mayBeginAt(CharSequence text, int i) {
        int available = Math.min(PREFIX, text.length() - i);
        for (int k = 0; k < available; k++) {
            if (text.charAt(i + k) >= ASCII) {
                return true;
            }
        }
        for (int length = 1; length <= available; length++) {
            if (prefixes.get(key(text, i, length))) {
                return true;
            }
        }
        // Near the end of the text a match may be shorter than the prefixes: let the engine decide.
        return available < PREFIX;
    }

    /** As {@code \b} sees an ASCII character. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private Pattern pattern() {
        if (pattern == null) {
            pattern = Pattern.compile(regex);
        }
        return pattern;
    }
}
