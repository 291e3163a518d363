/**
 * The places of an article (CODEBOOK.md section 6): the place names the annotation stage matched, and
 * the names a text calls a district or province, resolved to the gazetteer's provinces and districts
 * ({@code geo.Gazetteer}) by the rules of {@link org.casualtytrends.extract.places.PlaceResolver};
 * datelines say where a release was written, not where its events took place.
 */
package org.casualtytrends.extract.places;
