package org.casualtytrends.extract.places;

import java.util.List;
import org.casualtytrends.geo.Place;

/**
 * The places of an article: those each sentence names, in text order (datelines left out: they say
 * where a release was written), the dateline spans (article offsets), and whether the article is about Afghanistan.
 */
public record DocumentPlaces(List<List<Located>> bySentence, List<int[]> datelines, boolean afghanistan) {
    /** A place and where its name starts in the article text. */
    public record Located(Place place, int begin) {
    }

    public DocumentPlaces {
        bySentence = bySentence.stream().map(List::copyOf).toList();
        datelines = List.copyOf(datelines);
    }

    public boolean inDateline(int begin, int end) {
        for (int[] span : datelines) {
            if (begin < span[1] && end > span[0]) {
                return true;
            }
        }
        return false;
    }
}
