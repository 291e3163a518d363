package org.casualtytrends.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlaceFirstWordsTest {
    private static final List<String> NAMES = List.of("Kabul", "Lashkar Gah", "Dasht-e-Archi", "Badakhshān", "Bar Kunar", "Khost");
    private static final PlaceFirstWords WORDS = new PlaceFirstWords(NAMES);

    @Test
    void findsAFirstWordOfAPlaceNameAsAWholeWord() {
        assertTrue(WORDS.isFoundIn("Fighting near Lashkar Gah."));
        assertTrue(WORDS.isFoundIn("in BADAKHSHĀN province"));
        assertTrue(WORDS.isFoundIn("Sangin/Kabul"));
        assertFalse(WORDS.isFoundIn("Gah alone, Kunar alone, the barracks, Kabuli pulao, Dasht"));
        assertFalse(WORDS.isFoundIn(""));
    }

    /** The index must never change what the plain scan of every word finds. */
    @Test
    void findsExactlyWhatTheWordScanFinds() {
        String[] pieces = {"Kabul", "kabul", "KABUL", "Kabuli", "xKabul", "Lashkar", "Gah", "Dasht-e-Archi", "Dasht", "-", "e",
            "Badakhshān", "Badakhsh", "BADAKHSHĀN", "badakhshan", "Bar", "bar", "barracks", "Khost", "Khosti", "é", "\u212Abul", "İ",
            "/", ".", " ", "\n", "1", "_"};
        Random random = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            boolean plain = PlaceFirstWords.firstWordWhere(t, word -> List.of("kabul", "lashkar", "dasht-e-archi", "badakhshān", "bar",
                    "khost").contains(word)) != null;
            assertEquals(plain, WORDS.isFoundIn(t), t);
        }
    }
}
