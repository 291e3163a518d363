package org.casualtytrends.extract.sources;

import org.casualtytrends.model.SourceType;
import org.casualtytrends.model.VictimGroup;

/**
 * Who gives a sentence's figures (CODEBOOK.md section 4).
 *
 * @param type {@code official}, {@code witness} or {@code media}
 * @param side whose side the source speaks for: a party speaking of its enemy's losses makes a claim
 * @param text the words naming the source, null for the reporter's own voice
 */
public record Attribution(SourceType type, Side side, String text) {
    /** The sides of {@code lexicon/sources.tsv}. */
    public enum Side { INSURGENT, GOVERNMENT, NEUTRAL }

    /** The reporter's own voice. */
    public static final Attribution REPORTER = new Attribution(SourceType.MEDIA, Side.NEUTRAL, null);

    /**
     * The source type of a figure about victims of {@code victimGroup}: a claim when a party speaks of
     * its enemy's losses (the Taliban on soldiers, a ministry or ISAF on insurgents). Militants' losses
     * told in the reporter's own voice come from the forces that inflicted them, so they are claims too.
     */
    public SourceType typeFor(VictimGroup victimGroup) {
        boolean militants = victimGroup == VictimGroup.MILITANTS;
        if (side == Side.INSURGENT && !militants) {
            return SourceType.CLAIM;
        }
        if (militants && (side == Side.GOVERNMENT || text == null)) {
            return SourceType.CLAIM;
        }
        return type;
    }
}
