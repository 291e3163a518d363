package org.casualtytrends.extract.figures;

import java.util.HashMap;
import java.util.Map;
import org.casualtytrends.model.VictimGroup;

/**
 * What the figure reader remembers from an article's earlier sentences: the group of the last victims
 * named (for "four were captured", "nine others"), of the last single person named (for "him") and
 * recent counted victims by noun (for "the
 * insurgents were killed" after "several armed insurgents fired"). One per article; not thread-safe.
 */
public final class ReadingContext {
    /** How many sentences back a definite noun may find its count. */
    private static final int ANTECEDENT_REACH = 3;

    /**
     * {@code victims}: the count was of victims, not of people told otherwise ("11 insurgents approached");
     * {@code afterVictims}: other victims had been counted before it.
     */
    record Antecedent(int value, boolean vague, boolean victims, boolean afterVictims, int sentence) {
    }

    private final Map<String, Antecedent> antecedents = new HashMap<>();
    private VictimGroup lastGroup = VictimGroup.UNKNOWN;
    private VictimGroup lastPerson = VictimGroup.UNKNOWN;
    private int sentence;
    private boolean victimsCounted;

    VictimGroup lastGroup() {
        return lastGroup;
    }

    void lastGroup(VictimGroup group) {
        lastGroup = group;
    }

    /** The group of the last single person named ("a gunman"), for a pronoun ("shot him dead"). */
    VictimGroup lastPerson() {
        return lastPerson;
    }

    void lastPerson(VictimGroup group) {
        lastPerson = group;
    }

    void remember(String noun, int value, boolean vague, boolean victims) {
        antecedents.put(noun, new Antecedent(value, vague, victims, victimsCounted, sentence));
    }

    /** Victims were counted (any phrase of a casualty word), so groups met from now on are met after them. */
    void victimsCounted() {
        victimsCounted = true;
    }

    Antecedent antecedent(String noun) {
        Antecedent a = antecedents.get(noun);
        return a != null && sentence - a.sentence() <= ANTECEDENT_REACH ? a : null;
    }

    void nextSentence() {
        sentence++;
    }
}
