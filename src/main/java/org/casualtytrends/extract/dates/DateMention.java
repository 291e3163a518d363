package org.casualtytrends.extract.dates;

/**
 * One date expression of a sentence: {@code [begin, end)} offsets into the sentence, the text as
 * written, and the dates it allows. {@code relative} is true when the expression needed the
 * publication date to be resolved (weekdays, "yesterday", "last week", a month or day without a
 * year) and false when it names its year ("Jan. 12, 2011", "October 2017", "in 2017").
 */
public record DateMention(int begin, int end, String expression, DateWindow window, boolean relative) {
}
