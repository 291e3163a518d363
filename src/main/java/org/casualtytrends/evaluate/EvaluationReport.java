package org.casualtytrends.evaluate;

import java.util.Map;

/** The scores of predictions against a gold file. */
public interface EvaluationReport {
    /** {@code isaf} or {@code news}, the gold file's format. */
    String format();

    /** Metric name to value, in a fixed order; NaN when the metric's denominator is 0. */
    Map<String, Double> metrics();

    /** The metrics with their denominators, the counts, and the worst articles in short. */
    String table();

    /** The whole report as pretty-printed JSON: metrics with n, counts, the worst articles in full. */
    String toJson();
}
