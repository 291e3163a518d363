package org.casualtytrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceKeyWordsTest {
    private static final Set<String> ORDINARY = Set.of("new", "bank", "west", "in", "police", "nice", "a");
    private static final List<String> NAMES = List.of("Kabul", "Lashkar Gah", "Dasht-e-Archi", "Badakhshān", "Tel Aviv", "New York",
            "West Bank", "In Salah", "al-Raqqah", "Sana'a", "Police", "Nice");
    private static final PlaceKeyWords WORDS = new PlaceKeyWords(NAMES, ORDINARY::contains);

    @Test
    void takesTheLongestCapitalisedWordThatIsNoOrdinaryWord() {
        assertEquals("aviv", PlaceKeyWords.keyWord("Tel Aviv", ORDINARY::contains));
        assertEquals("york", PlaceKeyWords.keyWord("New York", ORDINARY::contains));
        assertEquals("salah", PlaceKeyWords.keyWord("In Salah", ORDINARY::contains));
        assertEquals("lashkar", PlaceKeyWords.keyWord("Lashkar Gah", ORDINARY::contains));
        assertEquals("dasht-e-archi", PlaceKeyWords.keyWord("Dasht-e-Archi", ORDINARY::contains));
        assertEquals("ez-zor", PlaceKeyWords.keyWord("Deir ez-Zor", ORDINARY::contains));
        assertEquals("al-raqqah", PlaceKeyWords.keyWord("al-Raqqah", ORDINARY::contains));
        assertEquals("sana", PlaceKeyWords.keyWord("Sana'a", ORDINARY::contains));
        assertEquals("west", PlaceKeyWords.keyWord("West Bank", ORDINARY::contains));
        assertEquals("qara", PlaceKeyWords.keyWord("qara bagh", ORDINARY::contains));
    }

    @Test
    void findsAKeyWordWrittenAsAName() {
        assertTrue(WORDS.isFoundIn("Fighting near Lashkar Gah."));
        assertTrue(WORDS.isFoundIn("in BADAKHSHĀN province"));
        assertTrue(WORDS.isFoundIn("Sangin/Kabul"));
        assertTrue(WORDS.isFoundIn("a stabbing in Tel Aviv"));
        assertTrue(WORDS.isFoundIn("fighting in al-Raqqah"));
        assertTrue(WORDS.isFoundIn("Police said"));
        assertFalse(WORDS.isFoundIn("the police said a new bank in a nice town"));
        assertFalse(WORDS.isFoundIn("Gah alone, Tel alone, In the end, kabul in lower case, Kabuli pulao, Dasht"));
        assertFalse(WORDS.isFoundIn(""));
    }
}
