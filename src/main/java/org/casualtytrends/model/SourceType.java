package org.casualtytrends.model;

/** Who gives a figure (CODEBOOK.md section 4, {@code source_type}): a {@code claim} is a party's figure of its enemy's losses. */
public enum SourceType implements Vocabulary {
    OFFICIAL, MEDIA, WITNESS, CLAIM;

    /** The value written {@code code}; null for null. */
    public static SourceType of(String code) {
        return Vocabulary.parse(SourceType.class, code);
    }
}
