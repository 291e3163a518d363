package org.casualtytrends.text;

import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordAlternationTest {
    private static final List<String> CUES = RuleBundle.packaged().table(RuleFile.CASUALTY_CUES).rows().stream().map(row -> row.get("pattern")).toList();

    @Test
    void findsWholeWordsOnly() {
        WordAlternation words = new WordAlternation(List.of("kill(?:s|ed|ing)?", "(?:taken|held) (?:as )?hostages?", "IEDs?"));
        assertTrue(words.isFoundIn("Two men were killed."));
        assertTrue(words.isFoundIn("KILLED"));
        assertTrue(words.isFoundIn("three were held as hostages, police said"));
        assertTrue(words.isFoundIn("(an IED)"));
        assertFalse(words.isFoundIn("the skilled craftsmen"));
        assertFalse(words.isFoundIn("killedx"));
        assertFalse(words.isFoundIn("IEDss"));
        assertFalse(words.isFoundIn(""));
    }

    @Test
    void theLookaheadNamesEveryPossibleFirstCharacterInBothCases() {
        assertEquals("(?i)\\b(?=[HTht\\x{80}-\\x{10FFFF}])(?:(?:taken|held) hostage)\\b",
                new WordAlternation(List.of("(?:taken|held) hostage")).regex());
    }

    /** The filter must never change what the plain pattern finds: random texts built from near-misses. */
    @Test
    void findsExactlyWhatThePlainPatternFinds() {
        WordAlternation words = new WordAlternation(CUES);
        Pattern plain = Pattern.compile("(?i)\\b(?:" + String.join("|", CUES) + ")\\b");
        Pattern lookahead = Pattern.compile(words.regex());
        String[] pieces = {"kill", "killed", "skilled", "_killed", "Killed", "dead", "deadly", "taken", "into", "custody",
            "é", "killé", "ékilled", "Ünited", "\u0301", "shot", "dead", "lost", "their", "lives", "bodies", "4", "-", ".", "  ", "\n",
            "hostage", "took", "x", "Ä", "déad", "\uD83D\uDE00"};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            boolean expected = plain.matcher(text).find();
            assertEquals(expected, words.isFoundIn(text.toString()), text::toString);
            assertEquals(expected, lookahead.matcher(text).find(), text::toString);
        }
    }
}
