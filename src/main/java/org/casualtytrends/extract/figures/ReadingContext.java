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

    record Antecedent(int value, boolean vague, int sentence) {
    }

    private final Map<String, Antecedent> antecedents = new HashMap<>();
    private VictimGroup lastGroup = VictimGroup.UNKNOWN;
    private VictimGroup lastPerson = VictimGroup.UNKNOWN;
    private int sentence;

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

    void remember(String noun, int value, boolean vague) {
        antecedents.put(noun, new Antecedent(value, vague, sentence));
    }

    Antecedent antecedent(String noun) {
        Antecedent a = antecedents.get(noun);
        return a != null && sentence - a.sentence() <= ANTECEDENT_REACH ? a : null;
    }

    void nextSentence() {
        sentence++;
    }
}
