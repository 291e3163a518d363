package org.casualtytrends.extract.figures;

import org.casualtytrends.model.CasualtyKind;

/**
 * A casualty word of {@code conf/lexicon/casualty-words.tsv}: its kind ({@code killed}, {@code injured},
 * {@code missing}, {@code captured}) and how it takes its victims.
 */
public record CasualtyWord(CasualtyKind kind, Form form) {
    public enum Form {
        /** "killed two soldiers", "two soldiers were killed", "two soldiers killed" */
        VERB,
        /** "killing two soldiers" */
        PARTICIPLE,
        /** "two soldiers died" */
        INTRANSITIVE,
        /** "13 dead", "three soldiers were missing" */
        ADJECTIVE,
        /** "ten insurgent deaths" */
        NOUN,
        /** "the arrest of a leader" */
        NOMINAL,
        /** "the death toll rose to 45": the count right after it, listed with no other */
        TOLL
    }
}
