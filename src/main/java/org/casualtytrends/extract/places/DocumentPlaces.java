package org.casualtytrends.extract.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The places of an article: those each sentence names, in text order (datelines left out: they say where
 * a story was written), the datelines, and the weight of the evidence for each country the article is
 * about (its names, demonyms, cues, places and dateline; see {@link PlaceResolver}).
 */
public record DocumentPlaces(List<List<Located>> bySentence, List<Dateline> datelines, Map<String, Double> countryWeights) {

    public DocumentPlaces {
        bySentence = bySentence.stream().map(List::copyOf).toList();
        datelines = List.copyOf(datelines);
        countryWeights = Map.copyOf(countryWeights);
    }

    public boolean inDateline(int begin, int end) {
        for (Dateline d : datelines) {
            if (begin < d.end() && end > d.begin()) {
                return true;
            }
        }
        return false;
    }

    /** The countries the article is about, the best evidenced first (ties in code order). */
    public List<String> countries() {
        List<String> ranked = new ArrayList<>(countryWeights.keySet());
        ranked.sort(Comparator.comparingDouble((String c) -> -countryWeights.get(c)).thenComparing(Comparator.naturalOrder()));
        return ranked;
    }

    /** The article's country: the one with the most evidence; null when none, or when two tie. */
    public String mainCountry() {
        List<String> ranked = countries();
        if (ranked.isEmpty() || ranked.size() > 1 && countryWeights.get(ranked.get(0)).equals(countryWeights.get(ranked.get(1)))) {
            return null;
        }
        return ranked.get(0);
    }

    /** The evidence for a country in the article, 0 when it names none of it. */
    public double weight(String country) {
        return countryWeights.getOrDefault(country, 0.0);
    }
}
