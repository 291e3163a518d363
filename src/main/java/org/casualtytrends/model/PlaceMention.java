package org.casualtytrends.model;

/**
 * A span of the article text that matched a gazetteer name (the TextMatcher's chunk),
 * {@code [begin, end)} offsets into the article text; {@code surface} is the text as written.
 */
public record PlaceMention(int begin, int end, String surface) {
}
