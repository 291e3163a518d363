package org.casualtytrends.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * The one prefilter of the project: the {@link Literals} of up to 64 entries (patterns or word lists),
 * found in a single pass of an Aho-Corasick automaton over a text. The pass tells which entries may
 * match ({@link #candidates}: a text holding none of an entry's required literals cannot) and where
 * their matches may start ({@link #starts}: at one of their start literals, on a word boundary when
 * the entry asks for one). Most sentences hold none of a lexicon's words, and the pass costs a table
 * look-up per character where a regex tries its alternatives at every one. Letters are compared in
 * ASCII lower case; a character that is not ASCII but lower-cases to ASCII (the Kelvin sign) counts
 * as that letter, others only as themselves. Immutable and thread-safe.
 */
public final class LiteralIndex {
    private static final int ASCII = 128;
    private static final int OTHER = 0;

    private final int entries;
    /** The entries without required literals, candidates on any text. */
    private final long unfiltered;
    /** The entries without start literals: a match may start anywhere. */
    private final long startsUnknown;
    /** The entries whose matches start on a word boundary. */
    private final long wordStart;
    /** The symbol of each ASCII character, upper case as lower; {@link #OTHER} for characters of no literal. */
    private final int[] asciiSymbols;
    /** The non-ASCII characters of the literals, sorted; their symbols follow the ASCII ones'. */
    private final char[] otherChars;
    private final int[] otherSymbols;
    /** Rows of the transition table are a power of two wide, so that a state's row is a shift away. */
    private final int rowShift;
    /** The automaton's transitions, {@code next[state << rowShift | symbol]}. */
    private final int[] next;
    /** For each state, the entries one of whose required literals ends there. */
    private final long[] found;
    /** For each state, the lengths of the start literals ending there, and the entries each starts (null: none). */
    private final int[][] startLengths;
    private final long[][] startEntries;

    private LiteralIndex(List<Literals> literals) {
        if (literals.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " entries in an index: " + literals.size());
        }
        entries = literals.size();
        long always = 0;
        long anywhere = 0;
        long boundary = 0;
        Set<Character> chars = new TreeSet<>();
        for (int e = 0; e < entries; e++) {
            Literals l = literals.get(e);
            always |= l.required().isEmpty() ? 1L << e : 0;
            anywhere |= l.starts() == null ? 1L << e : 0;
            boundary |= l.wordStart() ? 1L << e : 0;
            l.required().forEach(literal -> literal.chars().forEach(c -> chars.add((char) c)));
            if (l.starts() != null) {
                l.starts().forEach(literal -> literal.chars().forEach(c -> chars.add((char) c)));
            }
        }
        unfiltered = always;
        startsUnknown = anywhere;
        wordStart = boundary;
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
        int symbols = symbol;
        rowShift = Integer.SIZE - Integer.numberOfLeadingZeros(symbols - 1);

        Trie trie = new Trie(symbols);
        for (int e = 0; e < entries; e++) {
            for (String literal : literals.get(e).required()) {
                trie.state(this, literal).required |= 1L << e;
            }
            if (literals.get(e).starts() != null) {
                for (String literal : literals.get(e).starts()) {
                    trie.state(this, literal).starts |= 1L << e;
                }
            }
        }
        int states = trie.nodes.size();
        next = new int[states << rowShift];
        found = new long[states];
        startLengths = new int[states][];
        startEntries = new long[states][];
        int[] fail = new int[states];
        Queue<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int state = queue.remove();
            Trie.Node node = trie.nodes.get(state);
            found[state] = node.required | found[fail[state]];
            // the start literals ending here: this state's own, then those of the shorter suffixes
            Map<Integer, Long> ending = new LinkedHashMap<>();
            if (node.starts != 0) {
                ending.put(node.depth, node.starts);
            }
            if (state != 0 && startLengths[fail[state]] != null) {
                for (int k = 0; k < startLengths[fail[state]].length; k++) {
                    ending.merge(startLengths[fail[state]][k], startEntries[fail[state]][k], (a, b) -> a | b);
                }
            }
            if (!ending.isEmpty()) {
                startLengths[state] = ending.keySet().stream().mapToInt(Integer::intValue).toArray();
                startEntries[state] = ending.values().stream().mapToLong(Long::longValue).toArray();
            }
            for (int s = 0; s < symbols; s++) {
                int child = node.children[s];
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

    /** The literals' trie before the automaton is made of it. */
    private static final class Trie {
        static final class Node {
            final int[] children;
            final int depth;
            long required;
            long starts;

            Node(int symbols, int depth) {
                children = new int[symbols];
                Arrays.fill(children, -1);
                this.depth = depth;
            }
        }

        final List<Node> nodes = new ArrayList<>();
        final int symbols;

        Trie(int symbols) {
            this.symbols = symbols;
            nodes.add(new Node(symbols, 0));
        }

        Node state(LiteralIndex index, String literal) {
            int state = 0;
            for (char c : literal.toCharArray()) {
                int s = index.symbolOf(c);
                if (nodes.get(state).children[s] < 0) {
                    nodes.get(state).children[s] = nodes.size();
                    nodes.add(new Node(symbols, nodes.get(state).depth + 1));
                }
                state = nodes.get(state).children[s];
            }
            return nodes.get(state);
        }
    }

    public static LiteralIndex of(List<Literals> entries) {
        return new LiteralIndex(entries);
    }

    /** The entries that may match somewhere in {@code text}: bit {@code i} for entry {@code i}. */
    public long candidates(CharSequence text) {
        long hits = unfiltered;
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            state = next[state << rowShift | symbolOf(text.charAt(i))];
            hits |= found[state];
        }
        return hits;
    }

    /** Whether the entry's matches may start anywhere (it has no start literals). */
    public boolean startsAnywhere(int entry) {
        return (startsUnknown & 1L << entry) != 0;
    }

    /** Whether entry {@code index} is among the {@link #candidates}. */
    public static boolean isCandidate(long candidates, int index) {
        return (candidates & 1L << index) != 0;
    }

    /** The candidates and the positions where the entries' matches may start, in one pass over {@code text}. */
    public Starts starts(CharSequence text) {
        Starts starts = new Starts(unfiltered, startsUnknown);
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            state = next[state << rowShift | symbolOf(text.charAt(i))];
            starts.candidates |= found[state];
            int[] lengths = startLengths[state];
            if (lengths != null) {
                for (int k = 0; k < lengths.length; k++) {
                    int start = i + 1 - lengths[k];
                    long entries = startEntries[state][k];
                    if ((entries & wordStart) != 0 && !mayBeWordBoundary(text, start)) {
                        entries &= ~wordStart;
                    }
                    starts.add(start, entries);
                }
            }
        }
        return starts;
    }

    /**
     * Whether {@code test} holds at some position where a match of the entry may start, tried as the
     * pass meets them (in the order their literals end, a position perhaps twice): for a question of
     * existence, the pass stops at the first match instead of covering the text. The entry's starts
     * must be known.
     */
    public boolean anyStart(CharSequence text, int entry, IntPredicate test) {
        long bit = 1L << entry;
        if ((startsUnknown & bit) != 0) {
            throw new IllegalArgumentException("entry " + entry + " has no start literals");
        }
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            state = next[state << rowShift | symbolOf(text.charAt(i))];
            int[] lengths = startLengths[state];
            if (lengths != null) {
                for (int k = 0; k < lengths.length; k++) {
                    int start = i + 1 - lengths[k];
                    if ((startEntries[state][k] & bit) != 0 && ((wordStart & bit) == 0 || mayBeWordBoundary(text, start))
                            && test.test(start)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** False only where {@code \b} surely fails: between two ASCII characters both or neither word characters. */
    private static boolean mayBeWordBoundary(CharSequence text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char at = i < text.length() ? text.charAt(i) : ' ';
        return before >= ASCII || at >= ASCII || isAsciiWordChar(before) != isAsciiWordChar(at);
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private int symbolOf(char c) {
        if (c < ASCII) {
            return asciiSymbols[c];
        }
        int k = otherChars.length == 0 ? -1 : Arrays.binarySearch(otherChars, c);
        if (k >= 0) {
            return otherSymbols[k];
        }
        char lower = Character.toLowerCase(c);
        return lower < ASCII ? asciiSymbols[lower] : OTHER;
    }

    /**
     * What one pass found in a text: the candidate entries, and the positions where their matches may
     * start, in order, each with the entries that may start there. Not thread-safe; one per text.
     */
    public static final class Starts {
        private long candidates;
        private final long startsUnknown;
        private int size;
        private int[] positions = new int[8];
        private long[] entries = new long[8];

        private Starts(long candidates, long startsUnknown) {
            this.candidates = candidates;
            this.startsUnknown = startsUnknown;
        }

        /** Keeps the positions sorted; they arrive nearly in order (by where their literal ends). */
        private void add(int position, long mask) {
            if (mask == 0) {
                return;
            }
            int k = size;
            while (k > 0 && positions[k - 1] > position) {
                k--;
            }
            if (k > 0 && positions[k - 1] == position) {
                entries[k - 1] |= mask;
                return;
            }
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
                entries = Arrays.copyOf(entries, size * 2);
            }
            System.arraycopy(positions, k, positions, k + 1, size - k);
            System.arraycopy(entries, k, entries, k + 1, size - k);
            positions[k] = position;
            entries[k] = mask;
            size++;
        }

        public long candidates() {
            return candidates;
        }

        public boolean isCandidate(int entry) {
            return LiteralIndex.isCandidate(candidates, entry);
        }

        /** Whether the entry's matches may start anywhere (it has no start literals). */
        public boolean startsAnywhere(int entry) {
            return (startsUnknown & 1L << entry) != 0;
        }

        /** The first position at or after {@code from} where a match of the entry may start; -1 if none (or starts unknown). */
        public int next(int entry, int from) {
            if (!isCandidate(entry)) {
                return -1;
            }
            long bit = 1L << entry;
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (positions[mid] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int k = lo; k < size; k++) {
                if ((entries[k] & bit) != 0) {
                    return positions[k];
                }
            }
            return -1;
        }
    }
}
