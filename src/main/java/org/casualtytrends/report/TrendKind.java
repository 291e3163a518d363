package org.casualtytrends.report;

import java.awt.Color;

/**
 * The figures the report charts by month, as {@code casualty_trends} sums them: killed and injured
 * with their low-high band, captured with its best alone (the table has no range for it).
 */
enum TrendKind {
    KILLED("killed", "killed_low", "killed_best", "killed_high", new Color(0xb2, 0x18, 0x2b)),
    INJURED("injured", "injured_low", "injured_best", "injured_high", new Color(0xd9, 0x5f, 0x0e)),
    CAPTURED("captured", "captured", "captured", "captured", new Color(0x21, 0x66, 0xac));

    final String label;
    final String lowColumn;
    final String bestColumn;
    final String highColumn;
    /** The colour of this kind's marks in every chart (the page test looks for it). */
    final Color colour;

    TrendKind(String label, String lowColumn, String bestColumn, String highColumn, Color colour) {
        this.label = label;
        this.lowColumn = lowColumn;
        this.bestColumn = bestColumn;
        this.highColumn = highColumn;
        this.colour = colour;
    }

    boolean hasBand() {
        return !lowColumn.equals(highColumn);
    }
}
