package org.casualtytrends.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternGroupTest {
    @Test
    void readsTheLiteralsEveryMatchContains() {
        assertEquals(Set.of("attack", "ambush"), Literals.of(Pattern.compile("\\b(?:attack(?:ed|s)?|ambush(?:ed)?)\\b")).required());
        assertEquals(Set.of("yesterday"), Literals.of(Pattern.compile("the\\s+day\\s+before\\s+yesterday")).required());
        assertEquals(Set.of("u.s. forces", "us forces", "u.s forces", "us. forces"),
                Literals.of(Pattern.compile("(?i)\\bu\\.?s\\.? forces\\b")).required());
    }

    @Test
    void readsTheLiteralsEveryMatchStartsWith() {
        Literals attack = Literals.of(Pattern.compile("\\b(?:attack(?:ed|s)?|ambush(?:ed)?)\\b"));
        assertEquals(Set.of("attack", "ambush"), attack.starts());
        assertTrue(attack.wordStart());
        // an optional part: its words, or what follows it; \s stands for its six characters
        Literals on = Literals.of(Pattern.compile("(?:on\\s+)?(?:Jan|Feb)\\b"));
        assertEquals(Set.of("on ", "on\t", "on\n", "on\u000B", "on\f", "on\r", "jan", "feb"), on.starts());
        assertFalse(on.wordStart());
        assertEquals(Set.of("kill", "dead"), Literals.of(Pattern.compile("(?i)\\b(?=[KDkd])(?:kill(?:s|ed)?|dead)\\b")).starts());
    }

    @Test
    void readsHexadecimalEscapesAndLooksPastALookAheadOnAnyCharacter() {
        Literals lookahead = Literals.of(Pattern.compile("(?i)\\b(?=[KWkw\\x{80}-\\x{10FFFF}])(?:kill(?:s|ed)?|\\x77ounded)\\b"));
        assertEquals(Set.of("kill", "wounded"), lookahead.starts());
        assertTrue(lookahead.wordStart());
    }

    @Test
    void givesNoLiteralsWhereAnyTextMayMatch() {
        assertEquals(Literals.NONE, Literals.of(Pattern.compile("\\bkilled\\b|\\w+")));
        assertEquals(Literals.NONE, Literals.of(Pattern.compile("(?:killed)?")));
        assertEquals(Literals.NONE, Literals.of(Pattern.compile("(a)\\1")));
        assertEquals(Literals.NONE, Literals.of(Pattern.compile("killed", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        Literals unit = Literals.of(Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]*[ -]){1,3}?)(district|province)\\b"));
        assertEquals(Set.of("district", "province"), unit.required());
        assertNull(unit.starts());
    }

    @Test
    void wordsStartWithTheirAsciiBeginning() {
        assertEquals(Set.of("kabul", "badakhsh"), Literals.ofWords(List.of("Kabul", "Badakhshān")).starts());
        assertEquals(Literals.NONE, Literals.ofWords(List.of("Kabul", "Ārgh")));
    }

    /** Patterns of the kinds the lexicons hold: word lists, anchored ones, lookarounds, case-sensitive names, classes. */
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(?:since|so far|in the (?:past|last) (?:\\w+ )?(?:days|weeks))\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bTaliban\\b|\\b(?:Zabihullah Mujahid)\\b"),
            Pattern.compile("\\b\\d{4}-\\d\\d-[a-z]{1,3}-\\d{2,4}\\b"),
            Pattern.compile("[.!?\"”’')]\\s*$"),
            Pattern.compile("(?-i:(?=[A-Z]))(?:jan|feb)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\W*(?:in a separate|elsewhere)\\b|\\b(?:another|a separate)\\s+(?:[\\w-]+\\s+){0,3}?(?:attack|raid)s?\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?:on\\s+)?(?:the\\s+)?(?<!\\d[-/.,])\\b(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\b(?![.,]\\d)\\s+(?:of\\s+)?"
                    + "(?-i:(?=[A-Z]))(?:March|May)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]*[ -]){1,3}?)(district|province|District|Province)\\b"),
            Pattern.compile("(?i)\\b(?=[KWkw])(?:kill(?:s|ed|ing)?|wounded)\\b"),
            Pattern.compile("x*"));

    @Test
    void findsWhatFindFinds() {
        String[] pieces = {"since", "Since", "SO FAR", "so", "far", "in the past", "three", "days", "weeks", "Taliban", "TALIBAN",
            "Zabihullah", "Mujahid", "2010-05-CA-039", "2010", "-", "He said so.", "“Go”", "on", "Jan", "jan", "FEB", "Feb.",
            "In a separate", "elsewhere", "another", "attack", "raids", "12", "3rd", "of", "March", "May", "may", "the",
            "1,2", "Khost", "Zharay district", "Province", "killed", "wounded", "skilled", "é", "Ünited", "\u212A", "_", ",", ".",
            "\n", "  ", "x", "xx"};
        PatternGroup group = PatternGroup.of(PATTERNS);
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            PatternGroup.Matches matches = group.matches(t);
            for (int p = 0; p < PATTERNS.size(); p++) {
                assertEquals(plainMatches(PATTERNS.get(p), t), groupMatches(matches, p), PATTERNS.get(p) + " on " + t);
                if (PATTERNS.get(p).matcher(t).find()) {
                    assertTrue(PatternGroup.isCandidate(group.candidates(t), p), PATTERNS.get(p) + " on " + t);
                }
            }
        }
    }

    private static List<String> plainMatches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> groupMatches(PatternGroup.Matches matches, int pattern) {
        List<String> found = new ArrayList<>();
        for (Matcher m = matches.find(pattern, 0); m != null; m = matches.findNext(pattern, m)) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    @Test
    void passesOverTextsWithoutTheLiterals() {
        PatternGroup group = PatternGroup.of(PATTERNS);
        assertEquals(0, group.candidates("nothing here") & 0b10111);
    }
}
