package org.casualtytrends.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Fixed sets of lower-case words that every token is looked up in. */
public final class WordSet {
    private WordSet() {
    }

    /**
     * An unmodifiable hash set: a miss compares hashes only, where a {@code Set.of} set calls
     * {@code equals} on each element its probe meets.
     */
    public static Set<String> of(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }
}
