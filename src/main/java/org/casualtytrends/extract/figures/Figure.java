package org.casualtytrends.extract.figures;

import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.model.Operator;
import org.casualtytrends.model.VictimGroup;

/**
 * A casualty figure read from a sentence: so many victims of one group suffered one kind of casualty.
 *
 * @param kind     the kind of casualty
 * @param value    the count (an operator's bound)
 * @param operator how the phrase bounds the count
 * @param vague    from a vague quantifier ("several")
 * @param group    victim group: {@code security_forces}, {@code foreign_forces}, {@code civilians},
 *                 {@code militants} or {@code unknown}
 * @param cohort   how it combines with the incident's other figures
 * @param clause   figures of one clause share it ("a leader and two suspects were detained")
 * @param begin    start of the figure phrase in the sentence
 * @param end      end (exclusive) of the figure phrase in the sentence
 */
public record Figure(CasualtyKind kind, int value, Operator operator, boolean vague, VictimGroup group, Cohort cohort,
                     int clause, int begin, int end) {
}
