package org.casualtytrends.extract.incidents;

import org.casualtytrends.extract.figures.SentenceFigures;

/** A sentence's text with its victim phrases, whose words say who suffered, not what happened. */
record TextPart(String text, SentenceFigures figures) {
    boolean describes(int begin, int end) {
        return !figures.inVictimPhrase(begin, end);
    }
}
