package org.casualtytrends.annotate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.testing.TestRules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelevanceGateTest {
    private static final RelevanceGate GATE = RelevanceGate.of(RuleBundle.packaged());

    @Test
    void aCasualtyInAConflictPasses() {
        assertTrue(GATE.isRelevant("Two soldiers were killed when gunmen attacked a checkpoint."));
        assertTrue(GATE.isRelevant("The force took three suspects into custody during the operation."));
        assertTrue(GATE.isRelevant("Police said a roadside bomb wounded four civilians."));
    }

    @Test
    void casualtiesWithoutConflictAndConflictWithoutCasualtiesDoNot() {
        assertFalse(GATE.isRelevant("The striker was injured in the second half and will miss the final."));
        assertFalse(GATE.isRelevant("Twelve passengers died when the bus left the road in heavy rain."));
        assertFalse(GATE.isRelevant("The army held a parade to mark the anniversary."));
        assertFalse(GATE.isRelevant("The skilled craftsmen unveiled their work."));
        assertFalse(GATE.isRelevant(null));
    }

    @Test
    void theRegexMatcherRuleIsTheCueListAlone() {
        RelevanceGate gate = new RelevanceGate(List.of("killed", "wounded"), List.of("attack"));
        assertEquals("(?i)\\b(?=[KWkw\\x{80}-\\x{10FFFF}])(?:killed|wounded)\\b", gate.cueRegex());
    }

    @Test
    void aBadPatternNamesTheFileAndLine(@TempDir Path dir) {
        RuleBundle bad = TestRules.with(dir.resolve("bad"), RuleFile.CASUALTY_CUES, "# cues\npattern\nkilled\nkill(ed\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelevanceGate.of(bad));
        assertTrue(e.getMessage().startsWith(dir.resolve("bad") + "/lexicon/casualty-cues.tsv:4: bad regex in pattern: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("(a rule file of casualty-trends.rules)"), e.getMessage());
        RuleBundle empty = TestRules.with(dir.resolve("empty"), RuleFile.CASUALTY_CUES, "# nothing\npattern\n");
        assertThrows(IllegalArgumentException.class, () -> RelevanceGate.of(empty));
    }
}
