package org.casualtytrends.extract.incidents;

import org.casualtytrends.extract.figures.Cohort;
import org.casualtytrends.extract.figures.Figure;

/** A figure of an incident with the sentence it came from and its source type ({@code claim} included). */
record Report(Figure figure, int sentence, String sourceType, String sourceText) {
    boolean claim() {
        return sourceType.equals(org.casualtytrends.extract.sources.Attribution.CLAIM);
    }

    String kind() {
        return figure.kind();
    }

    String group() {
        return figure.group();
    }

    Cohort cohort() {
        return figure.cohort();
    }

    /** Figures of one clause of one sentence are parts of one report ("a leader and two suspects"). */
    long clauseKey() {
        return ((long) sentence << 16) | figure.clause();
    }
}
