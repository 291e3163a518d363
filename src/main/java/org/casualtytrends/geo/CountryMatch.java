package org.casualtytrends.geo;

/**
 * A country a name denotes, and how: by one of its names, by a demonym ("Iraqi forces"), by its capital,
 * or by a cue, an actor of one country's conflict that the text names instead of the country ("ISAF").
 */
public record CountryMatch(Country country, Via via) {

    public enum Via { NAME, DEMONYM, CAPITAL, CUE }
}
