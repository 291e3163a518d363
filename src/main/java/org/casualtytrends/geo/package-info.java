/**
 * Shared: the gazetteer ({@link org.casualtytrends.geo.Gazetteer}): countries, provinces, districts and
 * towns with their p-codes and spellings, from the rule files' {@code gazetteer/} tables, and the keys
 * under which spellings of a name meet ({@link org.casualtytrends.geo.PlaceNames}). The annotation
 * stage matches its names; the place resolver of {@code extract.places} looks them up. Imports only
 * {@code config}.
 */
package org.casualtytrends.geo;
