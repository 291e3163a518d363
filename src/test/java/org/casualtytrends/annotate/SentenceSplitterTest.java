package org.casualtytrends.annotate;

import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.of(RuleBundle.packaged());

    private static List<String> texts(String text) {
        return SPLITTER.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtPeriodsFollowedByCapitals() {
        assertEquals(List.of("Two soldiers were killed.", "Officials said so!", "Is it over?"),
                texts("Two soldiers were killed. Officials said so! Is it over?"));
    }

    @Test
    void keepsRanksInitialsAcronymsAndDatelineMonthsInside() {
        assertEquals(List.of("The attack was confirmed by U.S. Army Lt. Col. J. Smith on Jan. 10, 2011.", "He left."),
                texts("The attack was confirmed by U.S. Army Lt. Col. J. Smith on Jan. 10, 2011. He left."));
    }

    @Test
    void lineBreaksEndHeadersAndSentences() {
        assertEquals(List.of("KABUL, Afghanistan (Jan. 10, 2011) –", "Sangin/Helmand", "Three insurgents were killed."),
                texts("KABUL, Afghanistan (Jan. 10, 2011) –\nSangin/Helmand\r\n\n  Three insurgents were killed."));
        assertEquals(List.of("Joint Force Detains Militants in Zabul", "2021-03-CA-044", "For Immediate Release"),
                texts("Joint Force Detains Militants in Zabul\n2021-03-CA-044\nFor Immediate Release"));
    }

    @Test
    void aLineWrappedInsideASentenceDoesNotEndIt() {
        assertEquals(List.of("The patrol killed two\ninsurgents and detained\r\n  three others.", "They fled."),
                texts("The patrol killed two\ninsurgents and detained\r\n  three others. They fled."));
        assertEquals(List.of("Several insurgents, who fired on the force,\nwere killed."),
                texts("Several insurgents, who fired on the force,\nwere killed."));
        // a blank line is a paragraph break, whatever follows
        assertEquals(List.of("The patrol killed two", "insurgents."), texts("The patrol killed two\n\ninsurgents."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(List.of("“We will win,” he said.", "“They fled.”", "Then silence."),
                texts("“We will win,” he said. “They fled.” Then silence."));
    }

    @Test
    void lowerCaseAfterAPeriodDoesNotSplit() {
        assertEquals(List.of("A 5.5 magnitude quake hit at 3 p.m. local time."), texts("A 5.5 magnitude quake hit at 3 p.m. local time."));
    }

    @Test
    void offsetsIndexTheOriginalText() {
        String text = "  First one. Second one.";
        List<Sentence> sentences = SPLITTER.split(text);
        assertEquals(new Sentence(2, 12, "First one."), sentences.get(0));
        assertEquals(new Sentence(13, 24, "Second one."), sentences.get(1));
        assertEquals("Second one.", text.substring(sentences.get(1).begin(), sentences.get(1).end()));
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertEquals(List.of(), texts(""));
        assertEquals(List.of(), texts(" \n\n "));
    }
}
