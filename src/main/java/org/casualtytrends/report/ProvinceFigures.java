package org.casualtytrends.report;

import java.util.Map;

/** A province's monthly series by kind, and the total by which provinces are ranked. */
record ProvinceFigures(String code, String label, long killedBest, long events, Map<TrendKind, MonthlySeries> series) {
}
