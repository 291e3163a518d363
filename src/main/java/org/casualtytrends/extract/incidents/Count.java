package org.casualtytrends.extract.incidents;

/**
 * Low, best and high of one casualty kind (CODEBOOK.md section 4), whether the best rests on a claim,
 * and whether the figures behind it disagree.
 */
record Count(int low, int best, int high, boolean onClaim, boolean disputed) {
    /** The sum of counts of different victims; it rests on a claim when every part that counts anyone does (R5). */
    Count plus(Count other) {
        boolean claim = best == 0 ? other.onClaim : other.best == 0 ? onClaim : onClaim && other.onClaim;
        return new Count(low + other.low, best + other.best, high + other.high, claim, disputed || other.disputed);
    }

    /** The larger of two counts of the same victims told differently ("13 people" and "12 soldiers and a policeman"). */
    Count max(Count other) {
        Count larger = other.best > best ? other : this;
        return new Count(Math.max(low, other.low), larger.best, Math.max(high, other.high), larger.onClaim,
                disputed || other.disputed);
    }
}
