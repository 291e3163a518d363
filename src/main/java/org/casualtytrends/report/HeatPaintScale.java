package org.casualtytrends.report;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;

/**
 * Colours of the heat map: light grey for a month with events but no one killed, then a yellow to
 * dark red ramp (ColorBrewer YlOrRd) over the square root of the count, so that a few very large
 * months do not wash every other month out to the palest colour.
 */
final class HeatPaintScale implements PaintScale {
    static final Color NONE_KILLED = new Color(0xe3, 0xe3, 0xe3);
    private static final Color[] RAMP = {new Color(0xff, 0xff, 0xb2), new Color(0xfe, 0xcc, 0x5c),
            new Color(0xfd, 0x8d, 0x3c), new Color(0xf0, 0x3b, 0x20), new Color(0xbd, 0x00, 0x26)};

    private final double upper;

    HeatPaintScale(double upper) {
        this.upper = Math.max(1, upper);
    }

    @Override
    public double getLowerBound() {
        return 0;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (value <= 0) {
            return NONE_KILLED;
        }
        double t = Math.sqrt(Math.min(value, upper) / upper) * (RAMP.length - 1);
        int i = Math.min((int) t, RAMP.length - 2);
        double f = t - i;
        Color a = RAMP[i];
        Color b = RAMP[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
