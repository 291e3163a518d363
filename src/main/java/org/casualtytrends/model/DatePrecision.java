package org.casualtytrends.model;

/** How precisely the text dates an event (CODEBOOK.md section 2, UCDP {@code date_prec} 1-5), most precise first. */
public enum DatePrecision implements Vocabulary {
    DAY, DAYS, WEEK, MONTH, YEAR;

    /** The value written {@code code}; null for null. */
    public static DatePrecision of(String code) {
        return Vocabulary.parse(DatePrecision.class, code);
    }
}
