package org.casualtytrends.report;

import java.util.List;

/**
 * Everything the page template shows, computed and formatted; the template only lays it out.
 *
 * @param run null when the output holds no manifest of a successful run
 * @param heatMap null when no event has a month and a province
 */
record ReportPage(String output, String generated, RunView run, List<TrendSection> trends, SvgChart heatMap,
                  String heatMapNote, EventDetails events, DataQuality quality, String css) {
}
