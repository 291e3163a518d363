package org.casualtytrends.extract.incidents;

import java.util.List;
import org.casualtytrends.extract.dates.DateWindow;
import org.casualtytrends.extract.figures.SentenceFigures;
import org.casualtytrends.extract.sources.SentenceSources;
import org.casualtytrends.extract.places.Located;
import org.casualtytrends.model.Sentence;

/**
 * What one sentence of an article says that incidents are made of.
 *
 * @param toldBegin where the part of the sentence these facts tell begins (0, or a clause about another event)
 * @param toldEnd   where it ends (the sentence's length, or where a clause about another event begins)
 * @param dates     the windows of its date expressions that date this sentence's events (statements'
 *                  dates, datelines and other events' dates left out)
 * @param dateline  the date of a dateline in it, or null
 * @param places    the places, countries, demonyms and cues it names, resolved (a person's record left out)
 * @param header    a headline or a line before the dateline
 * @param headline  the article's title-like first line, whose figures are those of its first incident
 * @param opensScene it opens with a date or place ("In June, ...", "In Kandahar province, ...")
 * @param paragraph  it starts a line or paragraph
 * @param separate  it opens a separate incident ("In a separate attack", "Elsewhere")
 * @param accident  it tells of an accident (a crash without a hostile act)
 * @param samePlace it places its event where the one told before was ("in the same camp")
 * @param otherEvent the facts of a clause of it that tells another event with figures of its own ("... came a
 *                  day after a bomb in Istanbul killed 11"), or null
 */
public record SentenceFacts(int index, Sentence sentence, int toldBegin, int toldEnd, SentenceFigures figures, SentenceSources sources,
                            List<DateWindow> dates, DateWindow dateline, List<Located> places, boolean header, boolean headline, boolean opensScene, boolean paragraph, boolean separate,
                            boolean accident, boolean samePlace, SentenceFacts otherEvent) {
    public SentenceFacts {
        dates = List.copyOf(dates);
        places = List.copyOf(places);
    }

    boolean hasFigures() {
        return !figures.figures().isEmpty();
    }

    TextPart part() {
        return new TextPart(only(sentence.text(), toldBegin, toldEnd), figures);
    }

    /** The text with its characters outside [begin, end) blanked: the offsets of the words kept stay theirs. */
    static String only(String text, int begin, int end) {
        if (begin == 0 && end == text.length()) {
            return text;
        }
        return " ".repeat(begin) + text.substring(begin, end) + " ".repeat(text.length() - end);
    }
}
