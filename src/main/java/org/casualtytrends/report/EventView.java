package org.casualtytrends.report;

import java.util.List;

/**
 * One event as the page shows it: its merged figures ("7 (3-11)": best, then low-high when they
 * differ), its reports, and the evidence of the reports shown.
 *
 * @param more what says how many of its reports are not shown; null when all are
 */
record EventView(String eventId, String date, String place, String type, String perpetrator,
                 String killed, String injured, String captured, String reports,
                 boolean disputed, boolean restsOnClaim, List<EvidenceLine> evidence, String more) {
}
