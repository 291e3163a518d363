package org.casualtytrends.evaluate;

/**
 * One scored figure.
 *
 * @param n the denominator behind the value (articles, pairs, gold incidents, killed...)
 */
record Metric(String name, double value, int n) {
    /** hits / n, NaN when n is 0 (an undefined share, not a perfect or failed one). */
    static Metric share(String name, int hits, int n) {
        return new Metric(name, n == 0 ? Double.NaN : (double) hits / n, n);
    }
}
