package org.casualtytrends.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a sentence into {@link Token}s: words (hyphenated and dotted ones whole, ordinals like "17th"
 * too: they rank, not count), numbers, punctuation. Scanned by hand, as the regex
 * {@code (?<dotted>(?:\p{L}\.){2,})|(?<ordinal>\d+(?:st|nd|rd|th)\b)|(?<number>\d+(?:,\d{3})*(?:\.\d+)?)
 * |(?<word>[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}\d]+)*)|(?<punct>\S)} would find them: every sentence is
 * tokenized, and the regex was a tenth of the extraction's time.
 */
public final class Tokens {
    /** Decides the word boundary after an ordinal when a non-ASCII character follows. */
    private static final Pattern BOUNDARY = Pattern.compile("\\b");

    private Tokens() {
    }

    public static List<Token> of(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int end;
            if ((end = dotted(sentence, i)) > i || (end = ordinal(sentence, i)) > i) {
                tokens.add(token(sentence, i, end, Token.Type.WORD));
            } else if ((end = number(sentence, i)) > i) {
                tokens.add(token(sentence, i, end, Token.Type.NUMBER));
            } else if ((end = word(sentence, i)) > i) {
                if (possessive(sentence, i, end)) {
                    // "Afghanistan's" is the word and a possessive mark, so names and nouns stay whole
                    tokens.add(token(sentence, i, end - 2, Token.Type.WORD));
                    tokens.add(token(sentence, end - 2, end, Token.Type.PUNCT));
                } else {
                    tokens.add(token(sentence, i, end, Token.Type.WORD));
                }
            } else {
                end = i + Character.charCount(sentence.codePointAt(i));
                tokens.add(token(sentence, i, end, Token.Type.PUNCT));
            }
            i = end;
        }
        return tokens;
    }

    /**
     * The regex's white space {@code [ \t\n\x0B\f\r]}, and the spaces of Unicode that web pages put
     * between words (no-break, thin, zero-width: "killed\u00a0two" is two words).
     */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || (c >= '\u00a0' && (c == '\u00a0' || (c >= '\u2000' && c <= '\u200b') || c == '\u202f' || c == '\u205f'
                        || c == '\u3000'));
    }

    /** An invisible character inside a word (soft hyphen, joiners, byte-order mark): "refu\u00adgee" is "refugee". */
    private static boolean isInvisible(int codePoint) {
        return codePoint == '\u00ad' || codePoint == '\u200c' || codePoint == '\u200d' || codePoint == '\u2060' || codePoint == '\ufeff';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrMark(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** The end of "U.S." style letters with dots (two or more) from {@code i}, or {@code i}. */
    private static int dotted(String s, int i) {
        int k = i;
        int pairs = 0;
        while (k < s.length()) {
            int cp = s.codePointAt(k);
            int dot = k + Character.charCount(cp);
            if (!Character.isLetter(cp) || dot >= s.length() || s.charAt(dot) != '.') {
                break;
            }
            k = dot + 1;
            pairs++;
        }
        return pairs >= 2 ? k : i;
    }

    private static int digits(String s, int i) {
        int k = i;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** The end of "17th" from {@code i}, or {@code i}. */
    private static int ordinal(String s, int i) {
        int k = digits(s, i);
        if (k == i || k + 2 > s.length()) {
            return i;
        }
        String suffix = s.substring(k, k + 2);
        if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
            return i;
        }
        int end = k + 2;
        boolean boundary;
        if (end == s.length()) {
            boundary = true;
        } else if (s.charAt(end) < 128) {
            char next = s.charAt(end);
            boundary = !(Character.isLetterOrDigit(next) || next == '_');
        } else {
            boundary = BOUNDARY.matcher(s).region(end, s.length()).useTransparentBounds(true).lookingAt();
        }
        return boundary ? end : i;
    }

    /** The end of "1,200" or "2.5" from {@code i}, or {@code i}. */
    private static int number(String s, int i) {
        int k = digits(s, i);
        if (k == i) {
            return i;
        }
        while (k + 3 < s.length() && s.charAt(k) == ',' && isDigit(s.charAt(k + 1)) && isDigit(s.charAt(k + 2))
                && isDigit(s.charAt(k + 3))) {
            k += 4;
        }
        if (k + 1 < s.length() && s.charAt(k) == '.' && isDigit(s.charAt(k + 1))) {
            k = digits(s, k + 1);
        }
        return k;
    }

    /** The end of a word, hyphenated or with an apostrophe ("twenty-one", "Afghanistan's"), from {@code i}, or {@code i}. */
    private static int word(String s, int i) {
        int k = letters(s, i, false);
        if (k == i) {
            return i;
        }
        while (k < s.length() && (s.charAt(k) == '-' || s.charAt(k) == '\'' || s.charAt(k) == '’')) {
            int next = letters(s, k + 1, true);
            if (next == k + 1) {
                break;
            }
            k = next;
        }
        return k;
    }

    /** The end of a run of letters and marks (and digits, if {@code digits}) from {@code i}. */
    private static int letters(String s, int i, boolean digits) {
        int k = i;
        while (k < s.length()) {
            int cp = s.codePointAt(k);
            if (!isLetterOrMark(cp) && !(digits && cp < 128 && isDigit((char) cp))
                    && !(k > i && isInvisible(cp) && k + 1 < s.length() && isLetterOrMark(s.codePointAt(k + 1)))) {
                break;
            }
            k += Character.charCount(cp);
        }
        return k;
    }

    /** Whether the word ends in "'s" or "’s" after at least one character. */
    private static boolean possessive(String sentence, int begin, int end) {
        return end - begin >= 3 && (sentence.charAt(end - 2) == '\'' || sentence.charAt(end - 2) == '’')
                && (sentence.charAt(end - 1) == 's' || sentence.charAt(end - 1) == 'S');
    }

    private static Token token(String sentence, int begin, int end, Token.Type type) {
        String text = sentence.substring(begin, end);
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return new Token(text, type == Token.Type.WORD ? visible(lower) : lower, begin, end, type);
    }

    private static String visible(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (isInvisible(word.charAt(k))) {
                StringBuilder kept = new StringBuilder(word.length());
                word.codePoints().filter(cp -> !isInvisible(cp)).forEach(kept::appendCodePoint);
                return kept.toString();
            }
        }
        return word;
    }

    /** Whether the words {@code phrase} (lower case, single spaces) start at token {@code i}. */
    public static boolean startsWith(List<Token> tokens, int i, String[] phrase) {
        if (i + phrase.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!tokens.get(i + k).lower().equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
