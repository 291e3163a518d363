package org.casualtytrends.extract.figures;

import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.model.Operator;
import org.casualtytrends.model.VictimGroup;

/**
 * A victim phrase of a sentence ("two suspected insurgents", "Qari Ziauddin", "the two men"): tokens
 * {@code [from, to)}, the count it gives and what the count means. Built by {@link VictimPhrases};
 * its group and cohort are settled as the sentence is read (an apposition, an inclusion).
 */
final class VictimPhrase {
    final int from;
    int to;
    int value;
    Operator operator = Operator.EXACT;
    boolean vague;
    VictimGroup group;
    /** "nine others": the group of the victims named before, set once the sentence's phrases are read. */
    boolean others;
    Cohort cohort = Cohort.GENERIC;
    boolean singular;
    boolean named;
    boolean definite;
    boolean partitive;
    boolean headless;
    /** The phrase is the victims of a casualty word of its sentence (not "a group of 11 insurgents approached"). */
    boolean victims;
    /** The count a death toll rose to ("the death toll rose to 45, and 588 were injured"): listed with no other phrase. */
    boolean toll;
    /** A personal pronoun ("killing him"): the last single person named. */
    boolean pronoun;
    String noun;
    /** The kind of casualty the phrase itself names ("ten insurgent deaths", "the detained facilitator"), or null. */
    CasualtyKind nounKind;
    /** The token of the casualty word inside the phrase that gives {@link #nounKind}, or -1. */
    int kindAt = -1;

    VictimPhrase(int from) {
        this.from = from;
    }
}
