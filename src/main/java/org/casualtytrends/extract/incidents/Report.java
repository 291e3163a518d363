package org.casualtytrends.extract.incidents;

import org.casualtytrends.extract.figures.Cohort;
import org.casualtytrends.extract.figures.Figure;
import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.model.SourceType;
import org.casualtytrends.model.VictimGroup;

/** A figure of an incident with the sentence it came from and its source type ({@code claim} included). */
record Report(Figure figure, int sentence, SourceType sourceType, String sourceText) {
    boolean claim() {
        return sourceType == SourceType.CLAIM;
    }

    CasualtyKind kind() {
        return figure.kind();
    }

    VictimGroup group() {
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
