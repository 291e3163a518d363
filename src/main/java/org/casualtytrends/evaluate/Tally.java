package org.casualtytrends.evaluate;

/** Counts hits among scored items, for a share metric. */
final class Tally {
    private final String name;
    private int hits;
    private int n;

    Tally(String name) {
        this.name = name;
    }

    void add(boolean hit) {
        n++;
        if (hit) {
            hits++;
        }
    }

    Metric metric() {
        return Metric.share(name, hits, n);
    }
}
