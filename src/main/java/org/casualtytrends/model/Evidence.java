package org.casualtytrends.model;

/**
 * One figure behind an incident's numbers, traceable to its sentence.
 *
 * @param sentence   the sentence text
 * @param begin      start offset of the figure phrase in the article text
 * @param end        end offset (exclusive) in the article text
 * @param kind       {@code killed}, {@code injured}, {@code missing} or {@code captured}
 * @param value      the number the phrase gives (an operator's bound: "at least 13" gives 13)
 * @param operator   {@code exact}, {@code at_least}, {@code at_most}, {@code about}
 * @param sourceType {@code official}, {@code media}, {@code witness} or {@code claim}
 * @param sourceText the words naming the source ("Taliban spokesperson Zabihullah Mujahid"), or null
 * @param victimGroup {@code security_forces}, {@code foreign_forces}, {@code civilians}, {@code militants}, {@code unknown}
 */
public record Evidence(
        String sentence,
        int begin,
        int end,
        String kind,
        Integer value,
        String operator,
        String sourceType,
        String sourceText,
        String victimGroup) {
}
