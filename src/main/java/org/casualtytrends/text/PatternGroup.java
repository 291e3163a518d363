package org.casualtytrends.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Patterns tried on the same texts, with a quick test of which of them can match one: a single pass
 * of an Aho-Corasick automaton over the text looks for the literals that each pattern's matches must
 * contain ({@link RequiredLiterals}), so that a pattern none of whose literals occurs is not run. Most
 * sentences hold none of a lexicon's words, and the pass costs a few table look-ups per character
 * where the regex engine tries its alternatives at every word. Up to 64 patterns. Immutable and
 * thread-safe.
 */
public final class PatternGroup {
    private static final int ASCII = 128;
    private static final int OTHER = 0;

    private final List<Pattern> patterns;
    /** The patterns without literals, candidates on any text. */
    private final long unfiltered;
    /** The symbol of each ASCII character, upper case as lower; {@link #OTHER} for characters of no literal. */
    private final int[] asciiSymbols;
    /** The non-ASCII characters of the literals, sorted; their symbols follow the ASCII ones'. */
    private final char[] otherChars;
    private final int[] otherSymbols;
    private final int symbols;
    /** Rows of the transition table are a power of two wide, so that a state's row is a shift away. */
    private final int rowShift;
    /** The automaton's transitions, {@code next[state << rowShift | symbol]}. */
    private final int[] next;
    /** For each state, the patterns one of whose literals ends there. */
    private final long[] found;

    private PatternGroup(List<Pattern> patterns) {
        if (patterns.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " patterns in a group: " + patterns.size());
        }
        this.patterns = List.copyOf(patterns);
        List<Set<String>> literals = patterns.stream().map(RequiredLiterals::of).toList();
        long always = 0;
        Set<Character> chars = new TreeSet<>();
        for (int p = 0; p < literals.size(); p++) {
            always |= literals.get(p).isEmpty() ? 1L << p : 0;
            literals.get(p).forEach(literal -> literal.chars().forEach(c -> chars.add((char) c)));
        }
        this.unfiltered = always;
        asciiSymbols = new int[ASCII];
        List<Character> others = new ArrayList<>();
        int symbol = OTHER + 1;
        for (char c : chars) {
            if (c < ASCII) {
                asciiSymbols[c] = symbol++;
            } else {
                others.add(c);
            }
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            asciiSymbols[c] = asciiSymbols[c + ('a' - 'A')];
        }
        otherChars = new char[others.size()];
        otherSymbols = new int[others.size()];
        for (int k = 0; k < others.size(); k++) {
            otherChars[k] = others.get(k);
            otherSymbols[k] = symbol++;
        }
        symbols = symbol;
        rowShift = Integer.SIZE - Integer.numberOfLeadingZeros(symbols - 1);

        List<int[]> trie = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        trie.add(newState());
        ends.add(0L);
        for (int p = 0; p < literals.size(); p++) {
            for (String literal : literals.get(p)) {
                int state = 0;
                for (char c : literal.toCharArray()) {
                    int s = symbolOf(c);
                    if (trie.get(state)[s] < 0) {
                        trie.get(state)[s] = trie.size();
                        trie.add(newState());
                        ends.add(0L);
                    }
                    state = trie.get(state)[s];
                }
                ends.set(state, ends.get(state) | 1L << p);
            }
        }
        next = new int[trie.size() << rowShift];
        found = new long[trie.size()];
        int[] fail = new int[trie.size()];
        Queue<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int state = queue.remove();
            found[state] = ends.get(state) | found[fail[state]];
            for (int s = 0; s < symbols; s++) {
                int child = trie.get(state)[s];
                int fallback = state == 0 ? 0 : next[fail[state] << rowShift | s];
                if (child < 0) {
                    next[state << rowShift | s] = fallback;
                } else {
                    next[state << rowShift | s] = child;
                    fail[child] = fallback;
                    queue.add(child);
                }
            }
        }
    }

    private int[] newState() {
        int[] transitions = new int[symbols];
        Arrays.fill(transitions, -1);
        return transitions;
    }

    public static PatternGroup of(List<Pattern> patterns) {
        return new PatternGroup(patterns);
    }

    public Pattern pattern(int index) {
        return patterns.get(index);
    }

    /** The patterns that may match somewhere in {@code text}: bit {@code i} for pattern {@code i}. */
    public long candidates(String text) {
        long hits = unfiltered;
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = next[state << rowShift | symbolOf(text.charAt(i))];
            hits |= found[state];
        }
        return hits;
    }

    /**
     * The position before which every match of the patterns in {@code text} starts, as a match holds a
     * whole literal: the end of the last literal found; 0 when there is none, the text's length when a
     * pattern has no literals.
     */
    public int matchStartLimit(String text) {
        if (unfiltered != 0) {
            return text.length();
        }
        int limit = 0;
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = next[state << rowShift | symbolOf(text.charAt(i))];
            if (found[state] != 0) {
                limit = i + 1;
            }
        }
        return limit;
    }

    /** Whether pattern {@code index} is among the {@link #candidates}. */
    public static boolean isCandidate(long candidates, int index) {
        return (candidates & 1L << index) != 0;
    }

    private int symbolOf(char c) {
        if (c < ASCII) {
            return asciiSymbols[c];
        }
        int k = otherChars.length == 0 ? -1 : Arrays.binarySearch(otherChars, c);
        return k < 0 ? OTHER : otherSymbols[k];
    }
}
