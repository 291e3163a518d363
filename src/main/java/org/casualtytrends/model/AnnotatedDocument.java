package org.casualtytrends.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the annotation stage hands the extraction rules: an article's text, its publication date,
 * its sentences, and the spans where gazetteer names were matched. Offsets index {@code text}.
 * {@code candidateSentences} holds the indexes (into {@code sentences}) of the sentences in which the
 * casualty-cue rules matched; figures are read only there, every sentence is still context.
 */
public record AnnotatedDocument(
        String articleId,
        LocalDate published,
        String text,
        List<Sentence> sentences,
        List<PlaceMention> places,
        Set<Integer> candidateSentences) {

    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        places = List.copyOf(places);
        candidateSentences = Set.copyOf(candidateSentences);
    }

    public boolean isCandidate(int sentenceIndex) {
        return candidateSentences.contains(sentenceIndex);
    }
}
