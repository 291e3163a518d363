package org.casualtytrends.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordPatternsTest {
    @Test
    void hoistsABoundaryEveryAlternativeStartsWith() {
        assertEquals("\\b(?:\\bsince\\b|\\bso far\\b)", WordPatterns.hoistWordBoundary("\\bsince\\b|\\bso far\\b"));
        assertEquals("\\b(?:(?:\\ba\\b|\\bb)|(?:\\bc))", WordPatterns.hoistWordBoundary("(?:\\ba\\b|\\bb)|(?:\\bc)"));
    }

    @Test
    void leavesPatternsAloneWhenOneAlternativeCanStartInsideAWord() {
        assertEquals("\\bsince\\b|^\\W*meanwhile", WordPatterns.hoistWordBoundary("\\bsince\\b|^\\W*meanwhile"));
        assertEquals("(?:\\ba|b)", WordPatterns.hoistWordBoundary("(?:\\ba|b)"));
        assertEquals("[|(]\\bx", WordPatterns.hoistWordBoundary("[|(]\\bx"));
    }

    @Test
    void splitsOnlyTopLevelBarsOutsideClassesAndEscapes() {
        assertEquals(List.of("a(?:b|c)", "[|]", "\\|d"), WordPatterns.topLevelAlternatives("a(?:b|c)|[|]|\\|d"));
    }

    @Test
    void matchesWhatTheOriginalMatches() {
        String regex = "\\bkilled\\b|\\bin the (?:past|last) (?:\\w+ )?days\\b";
        Pattern original = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        Pattern hoisted = WordPatterns.compile(regex, Pattern.CASE_INSENSITIVE);
        for (String text : List.of("Two were KILLED.", "unkilled", "in the past three days", "within the last days", "")) {
            assertEquals(original.matcher(text).find(), hoisted.matcher(text).find(), text);
        }
    }
}
