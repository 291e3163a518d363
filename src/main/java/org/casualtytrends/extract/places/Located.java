package org.casualtytrends.extract.places;

import org.casualtytrends.geo.Place;

/**
 * A place a sentence names, resolved: the place, where its name is in the article text ({@code [begin, end)}),
 * how the text names it, and whether it says where something happened ("in Homs", "near Mosul").
 *
 * @param place    a sub-national place, or a country for {@link How#COUNTRY}, {@link How#DEMONYM} and {@link How#CUE}
 * @param locative a place phrase of location ("in", "at", "near"): weighs more for an incident's country
 */
public record Located(Place place, int begin, int end, How how, boolean locative) {
    /** How the text names the place. */
    public enum How {
        /** A province, district, region or city by its name. */
        PLACE,
        /** A country by its name ("in northern Syria"). */
        COUNTRY,
        /** A country by a demonym ("Iraqi forces"). */
        DEMONYM,
        /** A country by an actor of its conflict ("ISAF"). */
        CUE
    }

    /** A province, district, region or city: a place an incident can be in. */
    public boolean isLocal() {
        return how == How.PLACE;
    }
}
