package org.casualtytrends.bench;

import java.util.SplittableRandom;

/** The state of one article being written: its random stream, its variables and the texts of its once-per-article slots. */
final class StoryContext {
    private final SplittableRandom random;
    private final String[] variables = new String[StorySlot.values().length];
    private final String[] memo;

    StoryContext(SplittableRandom random, int rules) {
        this.random = random;
        this.memo = new String[rules];
    }

    SplittableRandom random() {
        return random;
    }

    void set(StorySlot slot, String value) {
        variables[slot.ordinal()] = value;
    }

    String get(StorySlot slot) {
        return variables[slot.ordinal()];
    }

    String memo(int rule) {
        return memo[rule];
    }

    void memo(int rule, String text) {
        memo[rule] = text;
    }
}
