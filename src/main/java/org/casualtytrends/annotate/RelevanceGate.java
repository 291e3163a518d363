package org.casualtytrends.annotate;

import org.casualtytrends.config.ConfFiles;
import org.casualtytrends.text.WordAlternation;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The cheap test that decides whether an article is worth annotating: does it contain a casualty
 * cue word, and a conflict context word (an attack, a weapon, an armed actor)? Most news is not
 * about casualties, much of what is (sports injuries, road accidents) is not about conflict, and
 * Spark NLP's annotators and the rules are expensive per character. The cue list also becomes the
 * RegexMatcher rule that marks candidate sentences, so the two can never disagree.
 */
public final class RelevanceGate implements Serializable {
    public static final String DEFAULT_CUES = "classpath:conf/lexicon/casualty-cues.txt";
    public static final String DEFAULT_CONTEXT = "classpath:conf/lexicon/conflict-context.txt";
    static final String CUE_IDENTIFIER = "casualty";

    private final WordAlternation cues;
    private final WordAlternation context;

    public RelevanceGate(List<String> cueAlternatives, List<String> contextAlternatives) {
        this.cues = anyWord(cueAlternatives, "casualty cue");
        this.context = anyWord(contextAlternatives, "conflict context");
    }

    public static RelevanceGate fromFiles(String cueLocation, String contextLocation) {
        return new RelevanceGate(alternatives(cueLocation), alternatives(contextLocation));
    }

    public boolean isRelevant(String text) {
        return text != null && cues.isFoundIn(text) && context.isFoundIn(text);
    }

    /** Whether the text holds a casualty cue: exactly where the RegexMatcher rule matches, found faster. */
    public boolean holdsCue(String text) {
        return cues.isFoundIn(text);
    }

    /** The RegexMatcher rule ({@code regex~identifier}) that marks the sentences holding a cue. */
    public String regexMatcherRule() {
        return cues.regex() + "~" + CUE_IDENTIFIER;
    }

    private static WordAlternation anyWord(List<String> alternatives, String what) {
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " list is empty");
        }
        return new WordAlternation(alternatives);
    }

    private static List<String> alternatives(String location) {
        List<String> alternatives = ConfFiles.dataLines(location).stream().map(String::strip).toList();
        for (String alternative : alternatives) {
            try {
                Pattern.compile(alternative);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad pattern in " + location + ": " + alternative + ": " + e.getDescription(), e);
            }
        }
        return alternatives;
    }
}
