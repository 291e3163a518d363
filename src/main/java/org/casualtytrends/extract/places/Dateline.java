package org.casualtytrends.extract.places;

import org.casualtytrends.geo.Place;

/**
 * A dateline: where in the text ({@code [begin, end)}, the place and any date, outlet and dash) and the
 * place it names, where the story was written: a hint for the article's country, and for a wire story's
 * primary incident that names no place, its place (CODING-NOTES R6d).
 *
 * @param office a press office's dateline, its date in brackets ("KABUL, Afghanistan (Jan. 10, 2011)"):
 *               the office's seat, where its releases are written whatever they report, so never an
 *               event's place; a wire dateline ("BAGHDAD (Reuters) -") is where the reporter was
 */
public record Dateline(int begin, int end, Place place, boolean office) {
}
