package org.casualtytrends.extract.figures;

import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.Operator;
import org.casualtytrends.text.Tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTest {
    private static final NumberReader NUMBERS = NumberReader.load(RuleBundle.packaged());

    private static NumberPhrase read(String phrase) {
        return NUMBERS.read(Tokens.of(phrase + " soldiers"), 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13|13", "1,200|1200", "thirteen|13", "twenty-one|21", "twenty one|21", "a dozen|12", "three dozen|36",
            "two hundred and five|205", "a hundred|100", "one|1", "no|0"})
    void countsDigitsAndNumberWords(String phrase, int value) {
        NumberPhrase number = read(phrase);
        assertEquals(value, number.value());
        assertEquals(Operator.EXACT, number.operator());
        assertEquals(false, number.vague());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "several|3", "a few|3", "multiple|3", "a number of|3", "some|3", "numerous|4", "dozens of|12",
            "tens of|10", "scores of|20", "hundreds of|100", "thousands of|1000", "a couple of|2", "a pair of|2"})
    void givesVagueQuantifiersTheCodebookValues(String phrase, int value) {
        NumberPhrase number = read(phrase);
        assertEquals(value, number.value());
        assertTrue(number.vague());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "at least 13|13|at_least", "more than 12|13|at_least", "over 40|41|at_least", "up to 10|10|at_most",
            "nearly 30|29|at_most", "almost three dozen|35|at_most", "about 20|20|about", "some 20|20|about",
            "between three and six|3|at_least", "10-15|10|at_least", "more than a dozen|13|at_least", "more than 10|11|at_least",
            "eight to 12|8|at_least"})
    void keepsOperators(String phrase, int value, String operator) {
        NumberPhrase number = read(phrase);
        assertEquals(value, number.value());
        assertEquals(Operator.of(operator), number.operator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "an", "another"})
    void readsArticlesAsOnePerson(String article) {
        NumberPhrase number = read(article);
        assertEquals(1, number.value());
        assertTrue(number.article());
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "the", "17th", "2.5"})
    void readsNoNumberInOtherWords(String phrase) {
        assertNull(read(phrase));
    }
}
