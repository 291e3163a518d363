package org.casualtytrends.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FigureWordsTest {
    private static final FigureWords WORDS = FigureWords.load("classpath:conf/bench/number-words.txt");
    private static final NounPair SOLDIER = new NounPair("soldier", "soldiers");
    private static final NounPair INSURGENT = new NounPair("insurgent", "insurgents");

    @Test
    void spellsNumbersUpToNinetyNine() {
        assertEquals("thirteen", WORDS.words(13));
        assertEquals("twenty-one", WORDS.words(21));
        assertEquals("forty", WORDS.words(40));
        assertEquals("ninety-nine", WORDS.words(99));
        assertEquals("150", WORDS.words(150));
    }

    @Test
    void vagueQuantifiersFollowTheCodebook() {
        assertEquals(List.of("several", "a number of"), WORDS.vagueWords(3));
        assertEquals(List.of("a dozen"), WORDS.vagueWords(12));
        assertEquals(List.of(), WORDS.vagueWords(5));
    }

    @Test
    void phrasesStateTheFigureInEveryForm() {
        assertEquals(Set.of("a soldier", "one soldier", "1 soldier"), phrases(1, SOLDIER));
        assertEquals(Set.of("an insurgent", "one insurgent", "1 insurgent"), phrases(1, INSURGENT));
        assertEquals(Set.of("3 soldiers", "three soldiers", "at least 3 soldiers", "at least three soldiers",
                "several soldiers", "a number of soldiers"), phrases(3, SOLDIER));
        assertEquals(Set.of("150 soldiers", "at least 150 soldiers"), phrases(150, SOLDIER));
        assertEquals(Set.of("one other person", "1 other person"), phrases(1, new NounPair("other person", "others")));
    }

    @Test
    void headlinesUseDigitsAndDropASinglePersonsNumber() {
        assertEquals("13 soldiers", FigureWords.headline(13, SOLDIER));
        assertEquals("soldier", FigureWords.headline(1, SOLDIER));
        assertEquals("was", FigureWords.be(1));
        assertEquals("were", FigureWords.be(2));
    }

    @Test
    void claimsAreStatedPlainly() {
        Set<String> claims = new TreeSet<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            claims.add(WORDS.plain(7, SOLDIER, random));
        }
        assertEquals(Set.of("7 soldiers", "seven soldiers"), claims);
    }

    private static Set<String> phrases(int n, NounPair noun) {
        Set<String> seen = new TreeSet<>();
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 2000; i++) {
            seen.add(WORDS.phrase(n, noun, random));
        }
        assertTrue(!seen.isEmpty());
        return seen;
    }
}
