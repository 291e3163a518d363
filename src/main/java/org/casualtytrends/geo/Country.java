package org.casualtytrends.geo;

import java.util.List;

/**
 * An ISO 3166-1 country ({@code conf/gazetteer/world_countries.csv}).
 *
 * @param iso3      alpha-3 code
 * @param iso2      alpha-2 code
 * @param name      common English name
 * @param names     every name: common, official, alternate spellings
 * @param demonyms  adjectives and nouns of nationality ("Iraqi", "French")
 * @param capitals  capital cities
 * @param arabic    Arabic is an official language: the Arabic article of its place names is optional
 * @param inOcha    the OCHA p-code list has its provinces (otherwise places in it get country precision)
 */
public record Country(String iso3, String iso2, String name, List<String> names, List<String> demonyms, List<String> capitals,
                      boolean arabic, boolean inOcha) {
}
