package org.casualtytrends.annotate;

import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits news text into sentences: a line break ends one (datelines, headers and bylines stand on their
 * own lines) unless it wraps a sentence's text (the next line goes on in lower case), and within a line a {@code . ! ?} (with closing quotes or brackets) ends one
 * when white space and a capital, digit or opening quote follow, unless the word before the period
 * is an abbreviation or an initial ("Lt. Col.", "U.S. Army", "Jan. 10").
 * <p>
 * Why not Spark NLP's SentenceDetector: measured here it costs more than the rest of the annotation
 * together, and it split "U.S. Army Lt. Col. David ..." into four sentences, which cuts quotes from
 * their speakers.
 */
public final class SentenceSplitter {
    private final Set<String> abbreviations;

    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** With the abbreviations of {@code annotate/abbreviations.tsv}. */
    public static SentenceSplitter of(RuleBundle rules) {
        return new SentenceSplitter(Set.copyOf(rules.table(RuleFile.ABBREVIATIONS).rows().stream()
                .map(r -> r.get("abbreviation")).toList()));
    }

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (!hardWrap(text, start, i)) {
                    add(text, start, i, sentences);
                    start = i + 1;
                }
            } else if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                if (endsSentence(text, i, end)) {
                    add(text, start, end, sentences);
                    start = end;
                    i = end - 1;
                }
            }
        }
        add(text, start, n, sentences);
        return sentences;
    }

    /**
     * A line break inside a sentence, as text wrapped at a fixed width has them: the line so far does not
     * end with a sentence's or a header's last mark, and the next line (no blank line between) goes on in
     * lower case ("... killed two\ninsurgents and ...").
     */
    private static boolean hardWrap(String text, int lineStart, int lineBreak) {
        int last = lineBreak - 1;
        while (last >= lineStart && isBlank(text.charAt(last))) {
            last--;
        }
        if (last < lineStart || ".!?:\"”’')]".indexOf(text.charAt(last)) >= 0) {
            return false;
        }
        int next = lineBreak + 1;
        if (text.charAt(lineBreak) == '\r' && next < text.length() && text.charAt(next) == '\n') {
            next++;
        }
        while (next < text.length() && isBlank(text.charAt(next))) {
            next++;
        }
        return next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    /** A space within a line (not a line break). */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    private boolean endsSentence(String text, int mark, int end) {
        int n = text.length();
        int next = end;
        while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\u00a0')) {
            next++;
        }
        if (next == end) {
            return next == n || text.charAt(next) == '\n' || text.charAt(next) == '\r';
        }
        if (next == n) {
            return true;
        }
        char following = text.charAt(next);
        if (!(Character.isUpperCase(following) || Character.isDigit(following) || isOpener(following))) {
            return false;
        }
        return text.charAt(mark) != '.' || !isAbbreviation(text, mark);
    }

    /** The word before the period at {@code dot}: a listed abbreviation, an initial, or a dotted acronym. */
    private boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && !isOpener(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.indexOf('.') > 0 && word.chars().allMatch(ch -> ch == '.' || Character.isLetter(ch))) {
            return true;
        }
        return abbreviations.contains(word);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '\'';
    }

    private static void add(String text, int from, int to, List<Sentence> sentences) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            sentences.add(new Sentence(from, to, text.substring(from, to)));
        }
    }
}
