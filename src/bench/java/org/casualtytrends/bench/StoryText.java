package org.casualtytrends.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The paragraphs of one story, grown towards a target length drawn like the lengths of real stories
 * (log-normal: most near 1 KB, a few several KB). Each alternative of a paragraph rule is used at most once
 * per story, so that a long story does not repeat itself; optional paragraphs stop at the target length.
 */
final class StoryText {
    private static final double MEDIAN_CHARS = 950;
    private static final double SIGMA = 0.55;
    private static final int MIN_CHARS = 250;
    private static final int MAX_CHARS = 9000;

    private final TemplateGrammar grammar;
    private final StoryContext context;
    private final int target;
    private final List<String> paragraphs = new ArrayList<>();
    private final Map<Integer, BitSet> used = new HashMap<>();
    private int length;

    StoryText(TemplateGrammar grammar, StoryContext context) {
        this.grammar = grammar;
        this.context = context;
        this.target = targetLength(context.random());
    }

    /** Adds the first paragraph: the dateline, if the rule gives one, and the lead. */
    void addLead(int dateline, String lead) {
        String place = grammar.expand(dateline, context);
        add(place.isEmpty() ? lead : place + " " + lead);
    }

    /** Adds a paragraph that the story must have. */
    void add(String paragraph) {
        paragraphs.add(paragraph);
        length += paragraph.length() + 2;
    }

    /** Adds a paragraph from the rule, reusing an alternative only when all have been used. */
    void add(int rule) {
        int alternative = unusedAlternative(rule);
        add(grammar.expand(rule, alternative < 0 ? context.random().nextInt(grammar.alternatives(rule)) : alternative, context));
    }

    /** Adds a paragraph from an unused alternative of the rule, unless the story is long enough or none is left. */
    void addOptional(int rule) {
        if (isLongEnough()) {
            return;
        }
        int alternative = unusedAlternative(rule);
        if (alternative >= 0) {
            add(grammar.expand(rule, alternative, context));
        }
    }

    /** Adds unused alternatives of the rule until the story is long enough or none is left. */
    void addRemaining(int rule) {
        for (int i = grammar.alternatives(rule); i > 0 && !isLongEnough(); i--) {
            addOptional(rule);
        }
    }

    private boolean isLongEnough() {
        return length >= target;
    }

    String text() {
        return String.join("\n\n", paragraphs);
    }

    /** Picks and marks a random alternative of the rule not yet used in this story, or -1. */
    private int unusedAlternative(int rule) {
        int count = grammar.alternatives(rule);
        BitSet taken = used.computeIfAbsent(rule, r -> new BitSet(count));
        int free = count - taken.cardinality();
        if (free == 0) {
            return -1;
        }
        int alternative = taken.nextClearBit(0);
        for (int skip = context.random().nextInt(free); skip > 0; skip--) {
            alternative = taken.nextClearBit(alternative + 1);
        }
        taken.set(alternative);
        return alternative;
    }

    private static int targetLength(SplittableRandom random) {
        double chars = MEDIAN_CHARS * Math.exp(SIGMA * random.nextGaussian());
        return (int) Math.max(MIN_CHARS, Math.min(MAX_CHARS, chars));
    }
}
