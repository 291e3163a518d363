package org.casualtytrends.annotate;

import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.text.WordAlternation;

import java.io.Serializable;
import java.util.List;

/**
 * The cheap test that decides whether an article is worth annotating: does it contain a casualty
 * cue word, and a conflict context word (an attack, a weapon, an armed actor)? Most news is not
 * about casualties, much of what is (sports injuries, road accidents) is not about conflict, and
 * Spark NLP's annotators and the rules are expensive per character. The cue list also becomes the
 * RegexMatcher rule that marks candidate sentences, so the two can never disagree.
 */
public final class RelevanceGate implements Serializable {
    static final String CUE_IDENTIFIER = "casualty";

    private final WordAlternation cues;
    private final WordAlternation context;

    public RelevanceGate(List<String> cueAlternatives, List<String> contextAlternatives) {
        this.cues = anyWord(cueAlternatives, "casualty cue");
        this.context = anyWord(contextAlternatives, "conflict context");
    }

    /** With the words of {@code lexicon/casualty-cues.tsv} and {@code lexicon/conflict-context.tsv}. */
    public static RelevanceGate of(RuleBundle rules) {
        return new RelevanceGate(alternatives(rules.table(RuleFile.CASUALTY_CUES)), alternatives(rules.table(RuleFile.CONFLICT_CONTEXT)));
    }

    public boolean isRelevant(String text) {
        return text != null && cues.isFoundIn(text) && context.isFoundIn(text);
    }

    /** Whether the text holds a casualty cue: exactly where the RegexMatcher rule matches, found faster. */
    public boolean holdsCue(String text) {
        return cues.isFoundIn(text);
    }

    /** The regular expression of the RegexMatcher rule that marks the sentences holding a cue ({@link #CUE_IDENTIFIER}). */
    String cueRegex() {
        return cues.regex();
    }

    private static WordAlternation anyWord(List<String> alternatives, String what) {
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " list is empty");
        }
        return new WordAlternation(alternatives);
    }

    private static List<String> alternatives(RuleTable table) {
        if (table.rows().isEmpty()) {
            throw table.error("no pattern");
        }
        return table.rows().stream().map(row -> row.pattern("pattern", 0).pattern()).toList();
    }
}
