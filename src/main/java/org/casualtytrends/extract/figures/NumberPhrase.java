package org.casualtytrends.extract.figures;

import org.casualtytrends.model.Operator;

/**
 * A number phrase of a sentence: tokens {@code [from, to)}, the number it gives (an operator's bound:
 * "more than 12" gives 13) and how it was written.
 *
 * @param operator how the phrase bounds the number
 * @param vague    a vague quantifier ("several"): it yields to a counted figure of the same victims
 * @param article  "a" or "an": one person, when a singular noun follows
 * @param both     "both": two people already named
 */
public record NumberPhrase(int from, int to, int value, Operator operator, boolean vague, boolean article, boolean both) {
}
