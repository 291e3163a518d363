package org.casualtytrends.evaluate;

import java.util.List;
import org.casualtytrends.model.Incident;

/**
 * A gold incident: its coded fields as an {@link Incident} (with no evidence: gold quotes carry no
 * offsets), plus what only gold has.
 *
 * @param optional true when the codebook makes it neither rewarded nor penalised
 * @param figures  the quotes behind its numbers
 */
public record GoldIncident(Incident incident, boolean optional, String summary, List<GoldFigure> figures) {
    public GoldIncident {
        figures = List.copyOf(figures);
    }
}
