package org.casualtytrends.geo.world;

/** A country a name denotes, and how: by one of its names, by a demonym ("Iraqi forces"), or by its capital. */
public record CountryMatch(Country country, Via via) {

    public enum Via { NAME, DEMONYM, CAPITAL }
}
