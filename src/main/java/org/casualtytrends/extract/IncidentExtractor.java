package org.casualtytrends.extract;

import java.util.List;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.extract.incidents.IncidentRules;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.Incident;

/**
 * Codes an annotated article into incidents as CODEBOOK.md says: figures and their sources
 * ({@code extract.figures}, {@code extract.sources}), places ({@code extract.places}), dates
 * ({@code extract.dates}), grouped into incidents ({@code extract.incidents}). Rules and lexicons come
 * from the rule files ({@code lexicon/}, {@code dates/}, {@code gazetteer/}). Immutable and thread-safe:
 * built once per JVM and reused.
 */
public final class IncidentExtractor {
    private final IncidentRules rules;

    private IncidentExtractor(IncidentRules rules) {
        this.rules = rules;
    }

    /** With the rules and lexicons of the rule files, built once per JVM. */
    public static IncidentExtractor of(RuleBundle rules) {
        return rules.shared(IncidentExtractor.class, r -> new IncidentExtractor(IncidentRules.load(r)));
    }

    /** With the packaged rule files. */
    public static IncidentExtractor defaults() {
        return of(RuleBundle.packaged());
    }

    /** The article's incidents in order of first mention; incident ids are {@code articleId/1}, {@code /2}, ... */
    public List<Incident> extract(AnnotatedDocument doc) {
        return rules.incidents(doc);
    }
}
