package org.casualtytrends.report;

import java.util.List;

/** One kind's charts: the whole archive, then the top provinces as small multiples on one scale. */
record TrendSection(String kind, String title, String note, SvgChart archive, List<SvgChart> provinces) {
}
