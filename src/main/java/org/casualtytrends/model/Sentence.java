package org.casualtytrends.model;

/** A sentence of an article: {@code [begin, end)} character offsets into the article text. */
public record Sentence(int begin, int end, String text) {
    public Sentence {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad sentence span [" + begin + ", " + end + ")");
        }
    }
}
