package org.casualtytrends.annotate;

import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits news text into sentences: a line break always ends one (datelines, headers and bylines stand
 * on their own lines), and within a line a {@code . ! ?} (with closing quotes or brackets) ends one
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
                add(text, start, i, sentences);
                start = i + 1;
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
