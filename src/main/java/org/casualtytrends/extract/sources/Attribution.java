package org.casualtytrends.extract.sources;

/**
 * Who gives a sentence's figures (CODEBOOK.md section 4).
 *
 * @param type {@code official}, {@code witness} or {@code media}
 * @param side {@code insurgent}, {@code government} or {@code neutral}: a party speaking of its enemy's
 *             losses makes a claim
 * @param text the words naming the source, null for the reporter's own voice
 */
public record Attribution(String type, String side, String text) {
    public static final String INSURGENT = "insurgent";
    public static final String GOVERNMENT = "government";
    public static final String NEUTRAL = "neutral";
    public static final String CLAIM = "claim";

    /** The reporter's own voice. */
    public static final Attribution REPORTER = new Attribution("media", NEUTRAL, null);

    /**
     * The source type of a figure about victims of {@code victimGroup}: a claim when a party speaks of
     * its enemy's losses (the Taliban on soldiers, a ministry or ISAF on insurgents). Militants' losses
     * told in the reporter's own voice come from the forces that inflicted them, so they are claims too.
     */
    public String typeFor(String victimGroup) {
        boolean militants = victimGroup.equals("militants");
        if (side.equals(INSURGENT) && !militants) {
            return CLAIM;
        }
        if (militants && (side.equals(GOVERNMENT) || text == null)) {
            return CLAIM;
        }
        return type;
    }
}
