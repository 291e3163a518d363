package org.casualtytrends.report;

import java.util.Locale;

/** One row of a count table on the page: a key (for the page's markup), what is counted, the figure as shown. */
record LabelledCount(String key, String label, String value) {

    static LabelledCount of(String key, String label, long n) {
        return new LabelledCount(key, label, number(n));
    }

    /** "12 of 240 (5.0%)". */
    static LabelledCount share(String key, String label, long part, long whole) {
        String share = whole == 0 ? "" : String.format(Locale.ROOT, " (%.1f%%)", 100.0 * part / whole);
        return new LabelledCount(key, label, number(part) + " of " + number(whole) + share);
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
