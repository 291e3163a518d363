package org.casualtytrends.model;

/** Who the victims of a figure are (CODEBOOK.md section 2, {@code killed_by_group}): {@code unknown} when the text does not say. */
public enum VictimGroup implements Vocabulary {
    SECURITY_FORCES, FOREIGN_FORCES, CIVILIANS, MILITANTS, UNKNOWN;

    /** The value written {@code code}; null for null. */
    public static VictimGroup of(String code) {
        return Vocabulary.parse(VictimGroup.class, code);
    }
}
