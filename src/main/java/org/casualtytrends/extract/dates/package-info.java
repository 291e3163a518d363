/**
 * Date expressions of a sentence, resolved against the publication date (CODEBOOK.md section 5): one
 * grammar ({@link org.casualtytrends.extract.dates.DateGrammar}) built from the word lists of the rule
 * files' {@code dates/} folder, read by {@link org.casualtytrends.extract.dates.DateReader} into
 * windows of dates with their precision.
 */
package org.casualtytrends.extract.dates;
