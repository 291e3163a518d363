package org.casualtytrends.annotate;

import com.johnsnowlabs.collections.SearchTrie;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casualtytrends.geo.PlaceNames;
import scala.Tuple2;
import scala.collection.JavaConverters;

/**
 * The stretches of a sentence where the place matcher can find a name written as a name, so that the
 * tokenizer and the matcher see only those, not the whole sentence. The matcher's search trie matches
 * consecutive tokens that are consecutive words of a name, so each of its matches (merged ones too)
 * lies within a run of tokens of its vocabulary in which every two neighbours follow each other in
 * some name; a match is kept only when it is written as a name ({@link PlaceNames#isCapitalised}), which
 * its first token decides. A run is kept when one of its tokens could so open a name; the others give
 * nothing kept. Each run is passed whole, and the trie reads it from its root as it read it in the
 * sentence (a run starts where no match can go on): the places found are the same, in the same order
 * (VocabularyRunsTest compares the two on written and random sentences). Measured on the bench's
 * 20,000 articles, the tokenizer and the matcher took a quarter of the work's samples over whole
 * sentences. Immutable and thread-safe.
 */
final class VocabularyRuns implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int UNREAD = -2;
    private static final int NONE = -1;
    /** The trie's words by their ids, folded as it folds a token ({@code String.toLowerCase()}) before looking it up. */
    private final Map<String, Integer> vocabulary;
    /** The pairs of word ids that follow each other in some name, {@link #pair}, sorted. */
    private final long[] pairs;

    private VocabularyRuns(Map<String, Integer> vocabulary, long[] pairs) {
        this.vocabulary = vocabulary;
        this.pairs = pairs;
    }

    /** The runs of the trie's names: its words, and the words that follow each other in them (its edges). */
    static VocabularyRuns of(SearchTrie trie) {
        Map<String, Integer> vocabulary = new HashMap<>();
        JavaConverters.mapAsJavaMap(trie.vocabulary()).forEach((word, id) -> vocabulary.put(word, (Integer) id));
        Map<Tuple2<Object, Object>, Object> edges = JavaConverters.mapAsJavaMap(trie.edges());
        // an edge (node, word) -> child: the child is reached by the word
        Map<Integer, Integer> wordInto = new HashMap<>();
        edges.forEach((edge, child) -> wordInto.put((Integer) child, (Integer) edge._2()));
        long[] pairs = edges.keySet().stream()
                .filter(edge -> (Integer) edge._1() != 0)
                .mapToLong(edge -> pair(wordInto.get((Integer) edge._1()), (Integer) edge._2()))
                .sorted().distinct().toArray();
        return new VocabularyRuns(vocabulary, pairs);
    }

    private static long pair(int first, int second) {
        return (long) first << Integer.SIZE | second;
    }

    /**
     * A stretch of a sentence for the annotators: its runs worth matching, at {@code begin} of the
     * sentence, the text between them blanked (offsets stay the sentence's).
     */
    record Piece(int begin, String text) {
    }

    /**
     * The runs worth matching in {@code text}, in pieces: one per sentence, as a rule (each document costs
     * the tokenizer a compiled pattern); runs whose ends could follow each other in a name go to pieces of
     * their own, so that the trie reads each run from its root.
     */
    List<Piece> of(String text) {
        int[] tokens = tokens(text);
        int count = tokens.length / 2;
        int[] ids = new int[count];
        Arrays.fill(ids, UNREAD);
        List<int[]> runs = new ArrayList<>();
        // the tokens before this one are read: in a run, or known to end one
        int free = 0;
        for (int t = 0; t < count; t++) {
            // a name's first token, when written as a name, is so in the sentence too (isCapitalised reads no further than a name's end)
            if (!PlaceNames.isCapitalised(text, tokens[2 * t], text.length()) || id(text, tokens, ids, t) == NONE) {
                continue;
            }
            int first = t;
            while (first > free && follows(text, tokens, ids, first - 1)) {
                first--;
            }
            int last = t;
            while (last + 1 < count && follows(text, tokens, ids, last)) {
                last++;
            }
            runs.add(new int[] {first, last});
            t = last;
            free = last + 1;
        }
        List<Piece> pieces = new ArrayList<>();
        for (int k = 0; k < runs.size(); ) {
            int j = k + 1;
            // the trie at the end of a run goes back to its root at the next run's first word, unless it can follow
            while (j < runs.size() && !isPair(ids[runs.get(j - 1)[1]], ids[runs.get(j)[0]])) {
                j++;
            }
            int begin = tokens[2 * runs.get(k)[0]];
            char[] piece = new char[tokens[2 * runs.get(j - 1)[1] + 1] - begin];
            Arrays.fill(piece, ' ');
            for (int[] run : runs.subList(k, j)) {
                text.getChars(tokens[2 * run[0]], tokens[2 * run[1] + 1], piece, tokens[2 * run[0]] - begin);
            }
            pieces.add(new Piece(begin, new String(piece)));
            k = j;
        }
        return pieces;
    }

    /** Whether token {@code t + 1} can follow token {@code t} in a name. */
    private boolean follows(String text, int[] tokens, int[] ids, int t) {
        int first = id(text, tokens, ids, t);
        int second = first == NONE ? NONE : id(text, tokens, ids, t + 1);
        return second != NONE && isPair(first, second);
    }

    private boolean isPair(int first, int second) {
        return Arrays.binarySearch(pairs, pair(first, second)) >= 0;
    }

    private int id(String text, int[] tokens, int[] ids, int t) {
        if (ids[t] == UNREAD) {
            // the trie folds with the default locale; so must its mirror
            Integer id = vocabulary.get(text.substring(tokens[2 * t], tokens[2 * t + 1]).toLowerCase());
            ids[t] = id == null ? NONE : id;
        }
        return ids[t];
    }

    /**
     * The tokens as the annotators' tokenizer cuts them ({@link AnnotationPipeline#TOKEN_SEPARATOR}: runs of
     * letters, digits and hyphens), as begin and end offsets one after the other.
     */
    static int[] tokens(String text) {
        int[] offsets = new int[16];
        int size = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isTokenChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int begin = i;
            while (i < n && isTokenChar(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            if (size + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[size++] = begin;
            offsets[size++] = i;
        }
        return Arrays.copyOf(offsets, size);
    }

    /** A character of {@code [\p{L}\p{N}\-]}. */
    private static boolean isTokenChar(int c) {
        if (c == '-' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
