package org.casualtytrends.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternGroupTest {
    @Test
    void readsTheLiteralsEveryMatchContains() {
        assertEquals(Set.of("attack", "ambush"), RequiredLiterals.of(Pattern.compile("\\b(?:attack(?:ed|s)?|ambush(?:ed)?)\\b")));
        assertEquals(Set.of("yesterday"), RequiredLiterals.of(Pattern.compile("the\\s+day\\s+before\\s+yesterday")));
        assertEquals(Set.of("u.s. forces", "us forces", "u.s forces", "us. forces"),
                RequiredLiterals.of(Pattern.compile("(?i)\\bu\\.?s\\.? forces\\b")));
    }

    @Test
    void givesNoLiteralsWhereAnyTextMayMatch() {
        assertEquals(Set.of(), RequiredLiterals.of(Pattern.compile("\\bkilled\\b|\\w+")));
        assertEquals(Set.of(), RequiredLiterals.of(Pattern.compile("(?:killed)?")));
        assertEquals(Set.of(), RequiredLiterals.of(Pattern.compile("(a)\\1")));
        assertEquals(Set.of(), RequiredLiterals.of(Pattern.compile("killed", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    @Test
    void neverPassesOverAMatch() {
        List<Pattern> patterns = List.of(
                Pattern.compile("\\b(?:since|so far|in the (?:past|last) (?:\\w+ )?(?:days|weeks))\\b", Pattern.CASE_INSENSITIVE),
                Pattern.compile("\\bTaliban\\b"),
                Pattern.compile("\\b\\d{4}-\\d\\d-[a-z]{1,3}-\\d{2,4}\\b"),
                Pattern.compile("[.!?\"”’')]\\s*$"),
                Pattern.compile("(?-i:(?=[A-Z]))(?:jan|feb)\\b", Pattern.CASE_INSENSITIVE));
        PatternGroup group = PatternGroup.of(patterns);
        for (String text : List.of("SINCE Monday", "In the past three DAYS", "the TALIBAN said", "Taliban", "release 2010-05-CA-039",
                "He said so.", "“Go”", "on Jan 3", "FEB", "nothing here", "")) {
            long candidates = group.candidates(text);
            for (int k = 0; k < patterns.size(); k++) {
                if (patterns.get(k).matcher(text).find()) {
                    assertTrue(PatternGroup.isCandidate(candidates, k), patterns.get(k) + " on " + text);
                }
            }
        }
        assertEquals(0, group.candidates("nothing here") & 0b10111);
    }
}
