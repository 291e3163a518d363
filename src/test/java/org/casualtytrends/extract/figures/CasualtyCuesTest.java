package org.casualtytrends.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.junit.jupiter.api.Test;

/** The cue list that marks candidate sentences must know every casualty word the figure reader reads. */
class CasualtyCuesTest {
    private static final Pattern CUES = Pattern.compile("(?i)\\b(?:" + String.join("|",
            RuleBundle.packaged().table(RuleFile.CASUALTY_CUES).rows().stream().map(row -> row.get("pattern")).toList()) + ")\\b");

    @Test
    void matchesEveryCasualtyWordOfTheFigureReader() {
        List<String> missing = CasualtyLexicon.load(RuleBundle.packaged()).phrases().stream().filter(p -> !CUES.matcher(p).find()).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void matchesOnWordBoundariesOnly() {
        assertTrue(CUES.matcher("Two soldiers were KILLED on Monday").find());
        assertEquals(false, CUES.matcher("the skilled workers").find());
    }
}
