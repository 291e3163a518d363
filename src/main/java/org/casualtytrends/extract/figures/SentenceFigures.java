package org.casualtytrends.extract.figures;

import java.util.List;

/**
 * What the figure reader found in a sentence: its figures, and the spans of their victim phrases
 * (sentence offsets), where words do not describe the event ("an IED facilitator" is no bombing).
 */
public record SentenceFigures(List<Figure> figures, List<int[]> victimSpans) {
    public SentenceFigures {
        figures = List.copyOf(figures);
        victimSpans = List.copyOf(victimSpans);
    }

    public boolean inVictimPhrase(int begin, int end) {
        for (int[] span : victimSpans) {
            if (begin < span[1] && end > span[0]) {
                return true;
            }
        }
        return false;
    }
}
