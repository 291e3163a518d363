package org.casualtytrends.events;

import java.util.Collection;

/**
 * Low, best and high of one casualty kind over a set of figures (CODEBOOK.md section 4): low and
 * best are the smallest and largest non-claim figures, high the largest of all; with claims only,
 * low = best = the smallest claim and the best rests on a claim. All null when there is no figure.
 */
record FigureRange(Integer low, Integer best, Integer high, boolean restsOnClaim) {
    static final FigureRange NONE = new FigureRange(null, null, null, false);

    static FigureRange of(Collection<Figure> figures) {
        if (figures.isEmpty()) {
            return NONE;
        }
        int high = figures.stream().mapToInt(Figure::value).max().getAsInt();
        boolean claimsOnly = figures.stream().allMatch(Figure::claim);
        int low = figures.stream().filter(f -> f.claim() == claimsOnly).mapToInt(Figure::value).min().getAsInt();
        int best = claimsOnly ? low
                : figures.stream().filter(f -> !f.claim()).mapToInt(Figure::value).max().getAsInt();
        return new FigureRange(low, best, high, claimsOnly);
    }

    boolean present() {
        return best != null;
    }

    /** The largest non-claim figure, else the largest claim: the rule for missing and captured. */
    Integer largest() {
        return restsOnClaim ? high : best;
    }
}
