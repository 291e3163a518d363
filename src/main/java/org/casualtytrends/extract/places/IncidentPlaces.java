package org.casualtytrends.extract.places;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtytrends.geo.Place;

/**
 * The country and place of one incident (CODEBOOK.md section 6, CODING-NOTES R6), from the places named
 * in its own sentences, else in the sentences before it that belong to no incident (its lead), else from
 * the article.
 *
 * <p>Country: the places its sentences name weigh for their country, 3 each, one more in a phrase of
 * location ("in Istanbul"), and so does a country named in a phrase of location ("in northern Syria", 3):
 * the heaviest wins, the article's evidence breaking a tie (equal still: undecided, null). Without such a
 * name, those of its lead; then the article's country ({@link DocumentPlaces#mainCountry}); only then a
 * country named otherwise, a demonym or a cue in its sentences, 1 each ("U.S. Army Capt. X said", "Iraqi
 * forces": who acted or spoke, not where).
 *
 * <p>Place: the first place of that country its sentences name in a phrase of location, else the first
 * at all, made a district when they also name a district or a town of known district in its province;
 * else its lead's; else, for the primary incident only, the article's most named province of that country,
 * then the dateline's place when it lies in that country (R6d). Otherwise country precision.
 */
public final class IncidentPlaces {
    private static final double PLACE_WEIGHT = 3;
    private static final double LOCATIVE_BONUS = 1;
    private static final double MENTION_WEIGHT = 1;

    private IncidentPlaces() {
    }

    /** Where an incident was: its country (null when undecided) and its place (null: country precision). */
    public record Choice(String country, Place place) {
    }

    /**
     * @param own     the places of the incident's own sentences
     * @param lead    the places of the sentences before it that belong to no incident, nearest first
     * @param article the article's places
     * @param primary whether it is the article's primary incident (the only one the article's main place
     *                and dateline may place)
     */
    public static Choice choose(List<List<Located>> own, List<List<Located>> lead, DocumentPlaces article, boolean primary) {
        String country = country(own, article, true);
        List<List<Located>> source = own;
        if (country == null) {
            country = country(lead, article, true);
            source = lead;
        }
        if (country == null) {
            country = article.mainCountry();
            source = own;
        }
        if (country == null) {
            country = country(own, article, false);
        }
        if (country == null) {
            return new Choice(null, null);
        }
        Place place = place(source, country);
        if (place == null && source == own) {
            place = place(lead, country);
        }
        if (place == null && primary) {
            place = mainPlace(article, country);
        }
        if (place == null && primary) {
            for (Dateline d : article.datelines()) {
                if (!d.office() && d.place() != null && d.place().country().equals(country) && d.place().provinceCode() != null) {
                    place = d.place();
                    break;
                }
            }
        }
        return new Choice(country, place);
    }

    /**
     * The heaviest country of the sentences' names (see the class comment), null when none or on a tie.
     *
     * @param where only the names that say where: places, and countries in a phrase of location
     */
    private static String country(List<List<Located>> sentences, DocumentPlaces article, boolean where) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (List<Located> sentence : sentences) {
            for (Located l : sentence) {
                boolean says = l.isLocal() || l.how() == Located.How.COUNTRY && l.locative();
                if (says == where) {
                    double weight = where ? PLACE_WEIGHT + (l.locative() ? LOCATIVE_BONUS : 0) : MENTION_WEIGHT;
                    weights.merge(l.place().country(), weight, Double::sum);
                }
            }
        }
        String best = null;
        for (String country : weights.keySet()) {
            if (best == null || compare(country, best, weights, article) > 0) {
                best = country;
            }
        }
        for (String other : weights.keySet()) {
            if (best != null && !other.equals(best) && compare(other, best, weights, article) == 0) {
                return null;
            }
        }
        return best;
    }

    private static int compare(String a, String b, Map<String, Double> weights, DocumentPlaces article) {
        int byOwn = Double.compare(weights.get(a), weights.get(b));
        return byOwn != 0 ? byOwn : Double.compare(article.weight(a), article.weight(b));
    }

    /**
     * The place of the country the sentences name: the first in a phrase of location, else the first, made
     * a district when they name a district (or a town of known district) of its province; null when none.
     */
    private static Place place(List<List<Located>> sentences, String country) {
        Place first = null;
        Place firstLocative = null;
        for (List<Located> sentence : sentences) {
            for (Located l : sentence) {
                if (l.isLocal() && l.place().country().equals(country) && l.place().provinceCode() != null) {
                    first = first == null ? l.place() : first;
                    firstLocative = firstLocative == null && l.locative() ? l.place() : firstLocative;
                }
            }
        }
        Place place = firstLocative != null ? firstLocative : first;
        if (place == null || place.districtCode() != null) {
            return place;
        }
        for (List<Located> sentence : sentences) {
            for (Located l : sentence) {
                Place p = l.place();
                if (l.isLocal() && p.districtCode() != null && p.provinceCode().equals(place.provinceCode())) {
                    return p;
                }
            }
        }
        return place;
    }

    /** The province of the country the article names most (headlines included), at province level; null when none. */
    private static Place mainPlace(DocumentPlaces article, String country) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Place> provinces = new LinkedHashMap<>();
        for (List<Located> sentence : article.bySentence()) {
            for (Located l : sentence) {
                Place p = l.place();
                if (l.isLocal() && p.country().equals(country) && p.provinceCode() != null) {
                    counts.merge(p.provinceCode(), 1, Integer::sum);
                    provinces.putIfAbsent(p.provinceCode(), p.provinceOnly());
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> provinces.get(e.getKey())).orElse(null);
    }

    /** The provinces the local places of a sentence lie in. */
    public static Set<String> provinces(List<Located> places) {
        Set<String> codes = new LinkedHashSet<>();
        for (Located l : places) {
            if (l.isLocal() && l.place().provinceCode() != null) {
                codes.add(l.place().provinceCode());
            }
        }
        return codes;
    }
}
