package org.casualtytrends.report;

/** One figure behind an event, as the page shows it: who said it, what, in which article, where in its text, the sentence. */
record EvidenceLine(String source, String figure, String article, String offsets, String sentence) {
}
