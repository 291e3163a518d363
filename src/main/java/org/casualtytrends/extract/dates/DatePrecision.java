package org.casualtytrends.extract.dates;

import java.util.Locale;

/** How precisely the text dates an event (CODEBOOK.md section 2, UCDP {@code date_prec} 1-5). */
public enum DatePrecision {
    DAY, DAYS, WEEK, MONTH, YEAR;

    /** The codebook's code: {@code day}, {@code days}, {@code week}, {@code month}, {@code year}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
