package org.casualtytrends.report;

import java.util.List;

/** A kind's monthly sums for one place (or the whole archive), every month of the archive's range present. */
record MonthlySeries(String label, TrendKind kind, List<MonthValue> values) {

    long highest() {
        return values.stream().mapToLong(v -> Math.max(v.best(), v.high())).max().orElse(0);
    }
}
