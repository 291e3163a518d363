package org.casualtytrends.bench;

/** Which figures a conflict story states; the grammar's clause rules are named after it (killing.KI, passive.C, ...). */
enum FigureShape {
    K(true, false, false), KI(true, true, false), KC(true, false, true), C(false, false, true);

    final boolean killed;
    final boolean injured;
    final boolean captured;

    FigureShape(boolean killed, boolean injured, boolean captured) {
        this.killed = killed;
        this.injured = injured;
        this.captured = captured;
    }
}
