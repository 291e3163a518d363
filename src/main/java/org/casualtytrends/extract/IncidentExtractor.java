package org.casualtytrends.extract;

import java.util.List;
import org.casualtytrends.extract.dates.DateReader;
import org.casualtytrends.extract.incidents.IncidentRules;
import org.casualtytrends.geo.Gazetteer;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.Incident;

/**
 * Codes an annotated article into incidents as CODEBOOK.md says: figures and their sources
 * ({@code extract.figures}, {@code extract.sources}), places ({@code extract.places}), dates
 * ({@code extract.dates}), grouped into incidents ({@code extract.incidents}). Rules and lexicons come
 * from {@code classpath:conf/lexicon/} and {@code conf/gazetteer/}. Immutable and thread-safe: build it
 * once per JVM and reuse it.
 */
public final class IncidentExtractor {
    private final IncidentRules rules;

    private IncidentExtractor(IncidentRules rules) {
        this.rules = rules;
    }

    /** All rules and lexicons from the classpath's {@code conf/}. */
    public static IncidentExtractor defaults() {
        return new IncidentExtractor(IncidentRules.load(Gazetteer.defaults(), DateReader.defaults()));
    }

    /** The article's incidents in order of first mention; incident ids are {@code articleId/1}, {@code /2}, ... */
    public List<Incident> extract(AnnotatedDocument doc) {
        return rules.incidents(doc);
    }
}
