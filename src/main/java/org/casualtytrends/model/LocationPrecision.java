package org.casualtytrends.model;

/** The most precise place an incident is coded with (CODEBOOK.md section 2, {@code location_precision}). */
public enum LocationPrecision implements Vocabulary {
    DISTRICT, PROVINCE, COUNTRY;

    /** The value written {@code code}; null for null. */
    public static LocationPrecision of(String code) {
        return Vocabulary.parse(LocationPrecision.class, code);
    }
}
