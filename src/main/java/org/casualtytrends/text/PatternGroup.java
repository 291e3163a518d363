package org.casualtytrends.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns tried on the same texts through one {@link LiteralIndex} of their {@link Literals}: a pass
 * over a text tells which of them can match it ({@link #candidates}), and where ({@link #matches}), so
 * that a pattern runs only at the positions where one of the literals its matches start with stands.
 * Up to 64 patterns. Immutable and thread-safe.
 */
public final class PatternGroup {
    private final List<Pattern> patterns;
    private final LiteralIndex index;

    private PatternGroup(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.index = LiteralIndex.of(patterns.stream().map(Literals::of).toList());
    }

    public static PatternGroup of(List<Pattern> patterns) {
        return new PatternGroup(patterns);
    }

    public Pattern pattern(int index) {
        return patterns.get(index);
    }

    /** The patterns that may match somewhere in {@code text}: bit {@code i} for pattern {@code i}. */
    public long candidates(String text) {
        return index.candidates(text);
    }

    /** Whether pattern {@code index} is among the {@link #candidates}. */
    public static boolean isCandidate(long candidates, int index) {
        return LiteralIndex.isCandidate(candidates, index);
    }

    /**
     * Whether pattern {@code index} matches somewhere in {@code text}, as {@code find()} would say: it
     * is tried where its matches may start, and the pass over the text stops at the first match.
     */
    public boolean isFoundIn(int index, String text) {
        Matcher m = patterns.get(index).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (this.index.startsAnywhere(index)) {
            return LiteralIndex.isCandidate(this.index.candidates(text), index) && m.find();
        }
        return this.index.anyStart(text, index, start -> m.region(start, text.length()).lookingAt());
    }

    /** The patterns' matches in {@code text}, after one pass of the index over it. */
    public Matches matches(String text) {
        return new Matches(text, index.starts(text));
    }

    /** The matches of the group's patterns in one text. Not thread-safe: one per text and thread. */
    public final class Matches {
        private final String text;
        private final LiteralIndex.Starts starts;
        private final Matcher[] matchers = new Matcher[patterns.size()];

        private Matches(String text, LiteralIndex.Starts starts) {
            this.text = text;
            this.starts = starts;
        }

        public String text() {
            return text;
        }

        /** Whether pattern {@code index} may match the text. */
        public boolean isCandidate(int index) {
            return starts.isCandidate(index);
        }

        /**
         * The first match of pattern {@code index} that starts at or after {@code from}, the one
         * {@code find(from)} finds, or null: the pattern is tried only where its matches may start. The
         * matcher returned is the group's for this text (its bounds transparent, not anchoring).
         */
        public Matcher find(int index, int from) {
            if (!starts.isCandidate(index)) {
                return null;
            }
            Matcher m = matcher(index);
            if (starts.startsAnywhere(index)) {
                return m.region(from, text.length()).find() ? m : null;
            }
            for (int at = starts.next(index, from); at >= 0; at = starts.next(index, at + 1)) {
                if (m.region(at, text.length()).lookingAt()) {
                    return m;
                }
            }
            return null;
        }

        /** The match of pattern {@code index} after {@code previous}, where {@code find()} would go on; null if none. */
        public Matcher findNext(int index, Matcher previous) {
            // as Matcher.find(): after an empty match, one character further
            int from = previous.end() == previous.start() ? previous.end() + 1 : previous.end();
            return from > text.length() ? null : find(index, from);
        }

        private Matcher matcher(int index) {
            if (matchers[index] == null) {
                matchers[index] = patterns.get(index).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return matchers[index];
        }
    }
}
