package org.casualtytrends.model;

/**
 * One figure behind an incident's numbers, traceable to its sentence.
 *
 * @param sentence   the sentence text
 * @param begin      start offset of the figure phrase in the article text
 * @param end        end offset (exclusive) in the article text
 * @param kind       the kind of casualty
 * @param value      the number the phrase gives (an operator's bound: "at least 13" gives 13)
 * @param operator   how the phrase bounds it
 * @param sourceType who gives it
 * @param sourceText the words naming the source ("Taliban spokesperson Zabihullah Mujahid"), or null
 * @param victimGroup who the victims are
 */
public record Evidence(
        String sentence,
        int begin,
        int end,
        CasualtyKind kind,
        Integer value,
        Operator operator,
        SourceType sourceType,
        String sourceText,
        VictimGroup victimGroup) {
}
