package org.casualtytrends.evaluate;

/** A quote behind a gold incident's figure, as the annotator recorded it. */
public record GoldFigure(String quote, String kind, Integer value, String operator, String sourceType) {
}
