package org.casualtytrends.extract.incidents;

import org.casualtytrends.extract.figures.Figure;
import org.casualtytrends.extract.figures.SentenceFigures;
import org.casualtytrends.model.VictimGroup;

/** A sentence's text with its victim phrases, whose words say who suffered, not what happened. */
record TextPart(String text, SentenceFigures figures) {
    boolean describes(int begin, int end) {
        return !figures.inVictimPhrase(begin, end);
    }

    /** The victim group of the first figure after offset {@code from}, or null. */
    VictimGroup nextVictims(int from) {
        return figures.figures().stream().filter(f -> f.begin() >= from).findFirst().map(Figure::group).orElse(null);
    }
}
