package org.casualtytrends.extract.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.text.Token;

/**
 * Splits a word that the source ran together from two words of the figure lexicons ("severalsuspected",
 * "insurgentswere", "killedtwo"), as pages lose the space between two words. Only splits that join a
 * number or casualty word to any lexicon word, or a victim noun to a function word or modifier, each
 * part at least {@value #MIN_PART} letters: "often" (of + ten), "overall" (over + all) and "guardsmen"
 * stay whole, as do the lexicons' own words. Immutable and thread-safe.
 */
final class RunTogetherWords {
    private static final int MIN_PART = 3;

    /** Number words and casualty words: either joined to any lexicon word. */
    private final Set<String> counting = new HashSet<>();
    private final Set<String> nouns = new HashSet<>();
    /** Function words and victim modifiers: joined to a victim noun. */
    private final Set<String> joining = new HashSet<>();
    private final Set<String> all = new HashSet<>();

    private RunTogetherWords() {
    }

    static RunTogetherWords load(RuleBundle rules) {
        RunTogetherWords words = new RunTogetherWords();
        addWords(words.counting, rules.table(RuleFile.NUMBERS), "phrase");
        addWords(words.counting, rules.table(RuleFile.CASUALTY_WORDS), "phrase");
        addWords(words.nouns, rules.table(RuleFile.VICTIMS), "singular", "plural");
        addWords(words.joining, rules.table(RuleFile.FIGURE_WORDS), "phrase");
        addWords(words.joining, rules.table(RuleFile.VICTIM_MODIFIERS), "phrase");
        addWords(words.all, rules.table(RuleFile.OPERATORS), "phrase");
        words.all.addAll(words.counting);
        words.all.addAll(words.nouns);
        words.all.addAll(words.joining);
        return words;
    }

    /** The single-word entries of the columns ({@code a|b} lists forms; phrases of several words are left out). */
    private static void addWords(Set<String> words, RuleTable table, String... columns) {
        for (RuleTable.Row row : table.rows()) {
            for (String column : columns) {
                for (String form : row.get(column).split("\\|")) {
                    String word = form.strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty() && !word.contains(" ")) {
                        words.add(word);
                    }
                }
            }
        }
    }

    /** The tokens with each run-together word split in two; the same list when none is. */
    List<Token> split(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int at = splitPoint(t);
            if (at > 0 && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (at > 0) {
                out.add(new Token(t.text().substring(0, at), t.lower().substring(0, at), t.begin(), t.begin() + at, Token.Type.WORD));
                out.add(new Token(t.text().substring(at), t.lower().substring(at), t.begin() + at, t.end(), Token.Type.WORD));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    /** Where the token splits (the longest first part that makes a split), or 0. */
    private int splitPoint(Token t) {
        String w = t.lower();
        if (!t.isWord() || w.length() < 2 * MIN_PART || w.length() != t.text().length() || all.contains(w)) {
            return 0;
        }
        for (int at = w.length() - MIN_PART; at >= MIN_PART; at--) {
            String left = w.substring(0, at);
            if (!all.contains(left)) {
                continue;
            }
            String right = w.substring(at);
            if (all.contains(right) && joins(left, right)) {
                return at;
            }
        }
        return 0;
    }

    private boolean joins(String left, String right) {
        return counting.contains(left) || counting.contains(right)
                || (nouns.contains(left) && joining.contains(right)) || (joining.contains(left) && nouns.contains(right));
    }
}
