package org.casualtytrends.annotate;

import org.casualtytrends.config.ConfFiles;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The cheap test that decides whether an article is worth annotating: does it contain any casualty
 * cue word? Most news is not about casualties, and Spark NLP's annotators are expensive per
 * character. The same cue list becomes the RegexMatcher rule that marks candidate sentences, so the
 * two can never disagree.
 */
public final class RelevanceGate {
    public static final String DEFAULT_CUES = "classpath:conf/lexicon/casualty-cues.txt";
    static final String CUE_IDENTIFIER = "casualty";

    private final String regex;
    private final Pattern pattern;

    public RelevanceGate(List<String> cueAlternatives) {
        if (cueAlternatives.isEmpty()) {
            throw new IllegalArgumentException("the casualty cue list is empty");
        }
        this.regex = "(?i)\\b(?:" + String.join("|", cueAlternatives) + ")\\b";
        this.pattern = Pattern.compile(regex);
    }

    public static RelevanceGate fromFile(String location) {
        try {
            return new RelevanceGate(ConfFiles.dataLines(location).stream().map(String::strip).toList());
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("bad casualty cue pattern in " + location + ": " + e.getMessage(), e);
        }
    }

    public boolean isRelevant(String text) {
        return text != null && pattern.matcher(text).find();
    }

    /** The RegexMatcher rule ({@code regex~identifier}) that marks the sentences holding a cue. */
    public String regexMatcherRule() {
        return regex + "~" + CUE_IDENTIFIER;
    }
}
