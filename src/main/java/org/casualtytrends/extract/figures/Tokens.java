package org.casualtytrends.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into {@link Token}s: words (hyphenated and dotted ones whole, ordinals like "17th"
 * too: they rank, not count), numbers, punctuation.
 */
public final class Tokens {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<dotted>(?:\\p{L}\\.){2,})"
            + "|(?<ordinal>\\d+(?:st|nd|rd|th)\\b)"
            + "|(?<number>\\d+(?:,\\d{3})*(?:\\.\\d+)?)"
            + "|(?<word>[\\p{L}\\p{M}]+(?:[-'’][\\p{L}\\p{M}\\d]+)*)"
            + "|(?<punct>\\S)");

    private Tokens() {
    }

    public static List<Token> of(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            if (m.group("number") != null) {
                tokens.add(token(sentence, m.start(), m.end(), Token.Type.NUMBER));
            } else if (m.group("punct") != null) {
                tokens.add(token(sentence, m.start(), m.end(), Token.Type.PUNCT));
            } else if (m.group("word") != null && possessive(sentence, m.start(), m.end())) {
                // "Afghanistan's" is the word and a possessive mark, so names and nouns stay whole
                tokens.add(token(sentence, m.start(), m.end() - 2, Token.Type.WORD));
                tokens.add(token(sentence, m.end() - 2, m.end(), Token.Type.PUNCT));
            } else {
                tokens.add(token(sentence, m.start(), m.end(), Token.Type.WORD));
            }
        }
        return tokens;
    }

    /** Whether the word ends in "'s" or "’s" after at least one character. */
    private static boolean possessive(String sentence, int begin, int end) {
        return end - begin >= 3 && (sentence.charAt(end - 2) == '\'' || sentence.charAt(end - 2) == '’')
                && (sentence.charAt(end - 1) == 's' || sentence.charAt(end - 1) == 'S');
    }

    private static Token token(String sentence, int begin, int end, Token.Type type) {
        String text = sentence.substring(begin, end);
        return new Token(text, text.toLowerCase(Locale.ROOT).replace('’', '\''), begin, end, type);
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
