package org.casualtytrends.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
    private static List<String> lower(String sentence) {
        return Tokens.of(sentence).stream().map(Token::lower).toList();
    }

    @Test
    void splitsWordsNumbersAndPunctuation() {
        assertEquals(List.of("the", "force", "killed", "1,200", "insurgents", ",", "afghanistan", "'s", "17th", "u.s.", "twenty-one"),
                lower("The force killed 1,200 insurgents, Afghanistan’s 17th U.S. twenty-one"));
    }

    @Test
    void noBreakThinAndZeroWidthSpacesSeparateWords() {
        assertEquals(List.of("killed", "two", "insurgents", "in", "kunar"), lower("killed\u00a0two\u2009insurgents\u200bin\u202fKunar"));
    }

    @Test
    void aSoftHyphenInsideAWordIsDroppedFromItsLowerFormNotFromItsText() {
        List<Token> tokens = Tokens.of("two insur\u00adgents were killed");
        Token word = tokens.get(1);
        assertEquals("insurgents", word.lower());
        assertEquals("insur\u00adgents", word.text());
        assertEquals(4, word.begin());
        assertEquals(15, word.end());
        assertEquals(List.of("two", "insurgents", "were", "killed"), tokens.stream().map(Token::lower).toList());
    }
}
