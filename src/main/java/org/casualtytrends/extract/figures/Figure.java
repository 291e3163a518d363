package org.casualtytrends.extract.figures;

/**
 * A casualty figure read from a sentence: so many victims of one group suffered one kind of casualty.
 *
 * @param kind     {@code killed}, {@code injured}, {@code missing} or {@code captured}
 * @param value    the count (an operator's bound)
 * @param operator {@code exact}, {@code at_least}, {@code at_most} or {@code about}
 * @param vague    from a vague quantifier ("several")
 * @param group    victim group: {@code security_forces}, {@code foreign_forces}, {@code civilians},
 *                 {@code militants} or {@code unknown}
 * @param cohort   how it combines with the incident's other figures
 * @param clause   figures of one clause share it ("a leader and two suspects were detained")
 * @param begin    start of the figure phrase in the sentence
 * @param end      end (exclusive) of the figure phrase in the sentence
 */
public record Figure(String kind, int value, String operator, boolean vague, String group, Cohort cohort,
                     int clause, int begin, int end) {
}
