package org.casualtytrends.extract.sources;

import java.util.List;

/**
 * The sources a sentence names, each where its speech verb stands ("the Taliban said they killed 40
 * soldiers, but the ministry said six died": two sources, each for the figures after it).
 */
public record SentenceSources(List<Said> said) {
    /** A source and the offset (in the sentence) of its speech verb. */
    public record Said(int at, Attribution source) {
    }

    public SentenceSources {
        said = List.copyOf(said);
    }

    /**
     * The source of a figure at {@code offset}: the nearest one named before it, else the first named
     * after it ("13 soldiers were killed, officials said"), else the reporter's own voice.
     */
    public Attribution at(int offset) {
        Attribution before = null;
        for (Said s : said) {
            if (s.at() <= offset) {
                before = s.source();
            } else {
                return before != null ? before : s.source();
            }
        }
        return before != null ? before : Attribution.REPORTER;
    }
}
