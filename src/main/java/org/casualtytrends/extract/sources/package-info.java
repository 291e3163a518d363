/**
 * Who gives a sentence's figures (CODEBOOK.md section 4): the words naming a speaker around a speech
 * verb ({@code lexicon/speech-verbs.tsv}, {@code source-words.tsv}), classified by
 * {@code lexicon/sources.tsv}; a party speaking of its enemy's losses makes a claim.
 */
package org.casualtytrends.extract.sources;
