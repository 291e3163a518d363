package org.casualtytrends.extract.figures;

/**
 * How a figure's victims relate to the other figures of the same incident, kind and group
 * (CODEBOOK.md section 3, breakdowns; ISAF releases name their target apart from the rank and file).
 */
public enum Cohort {
    /** Named or titled individuals ("a Taliban leader", "Qari Ziauddin"): the same ones each time they are told. */
    TARGET,
    /** The rank and file ("two suspected insurgents", "several others"): reports of one count. */
    GENERIC,
    /**
     * Victims beyond those counted in other clauses ("several more insurgents", "two more were detained", and
     * "all 11 insurgents" of a group met after other victims were counted: "a group of 11 fighters attacked
     * ... killing all 11 insurgents"): each such clause adds to the others' count.
     */
    ADDED,
    /** A restatement of everyone ("both men", "the two insurgents", "all 11 insurgents"). */
    TOTAL,
    /** A pronoun or a definite singular ("killing him", "killing the individual"): counts only when nothing else does. */
    FALLBACK
}
