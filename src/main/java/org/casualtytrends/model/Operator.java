package org.casualtytrends.model;

/** How a figure bounds its count (CODEBOOK.md section 3): "at least 13" is {@code at_least} 13, "more than 12" too. */
public enum Operator implements Vocabulary {
    EXACT, AT_LEAST, AT_MOST, ABOUT;

    /** The value written {@code code}; null for null. */
    public static Operator of(String code) {
        return Vocabulary.parse(Operator.class, code);
    }
}
