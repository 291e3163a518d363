package org.casualtytrends.extract.incidents;

import java.util.List;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.extract.dates.DateReader;
import org.casualtytrends.extract.figures.ClauseMarkers;
import org.casualtytrends.extract.figures.FigureReader;
import org.casualtytrends.extract.places.PlaceResolver;
import org.casualtytrends.extract.sources.SourceReader;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.Incident;

/** The reading and coding rules, built once from the lexicons; from an annotated article to its incidents. Immutable. */
public final class IncidentRules {
    private final FactReader facts;
    private final IncidentAssembler assembler;

    private IncidentRules(FactReader facts, IncidentAssembler assembler) {
        this.facts = facts;
        this.assembler = assembler;
    }

    public static IncidentRules load(RuleBundle rules) {
        ClauseMarkers markers = ClauseMarkers.load(rules);
        EventTypes eventTypes = EventTypes.load(rules);
        FactReader facts = new FactReader(FigureReader.load(rules, markers), SourceReader.load(rules), SourceReader.speechVerbs(rules),
                DateReader.of(rules), PlaceResolver.of(rules), markers, eventTypes);
        return new IncidentRules(facts, new IncidentAssembler(eventTypes, Perpetrators.load(rules)));
    }

    public List<Incident> incidents(AnnotatedDocument doc) {
        return assembler.assemble(doc, facts.read(doc));
    }
}
