package org.casualtytrends.annotate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelevanceGateTest {
    private static final RelevanceGate GATE = AnnotationRules.defaults().gate();

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
        assertEquals("(?i)\\b(?=[KWkw\\x{80}-\\x{10FFFF}])(?:killed|wounded)\\b~casualty", gate.regexMatcherRule());
    }

    @Test
    void aBadPatternNamesTheFile(@TempDir Path dir) throws IOException {
        Path cues = Files.writeString(dir.resolve("cues.txt"), "# cues\nkill(ed\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelevanceGate.fromFiles(cues.toString(), RelevanceGate.DEFAULT_CONTEXT));
        assertTrue(e.getMessage().contains("cues.txt") && e.getMessage().contains("kill(ed"), e.getMessage());
        Path empty = Files.writeString(dir.resolve("empty.txt"), "# nothing\n");
        assertThrows(IllegalArgumentException.class, () -> RelevanceGate.fromFiles(empty.toString(), RelevanceGate.DEFAULT_CONTEXT));
    }
}
