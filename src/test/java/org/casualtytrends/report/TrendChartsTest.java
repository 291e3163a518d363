package org.casualtytrends.report;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The charts without Spark: month labels, heat-map colours, and SVG that can share a page with other charts. */
class TrendChartsTest {
    @Test
    void monthIndexesReadAsYearAndMonth() {
        MonthIndexFormat format = new MonthIndexFormat();
        assertEquals("2021-03", format.format(MonthIndexFormat.index(YearMonth.of(2021, 3))));
        assertEquals("2020-12", format.format(MonthIndexFormat.index(YearMonth.of(2021, 1)) - 1.0));
    }

    @Test
    void heatColoursDarkenWithTheCountAndTellNoneKilledApart() {
        HeatPaintScale scale = new HeatPaintScale(100);
        assertEquals(HeatPaintScale.NONE_KILLED, scale.getPaint(0));
        int previous = Integer.MAX_VALUE;
        for (int killed : new int[] {1, 5, 20, 50, 100, 400}) {
            Color c = (Color) scale.getPaint(killed);
            int lightness = c.getRed() + c.getGreen() + c.getBlue();
            assertTrue(lightness <= previous, killed + " killed: " + c);
            previous = lightness;
        }
        assertEquals(new Color(0xbd, 0x00, 0x26), scale.getPaint(100));
    }

    @Test
    void everyIdOfAChartIsItsOwn() {
        List<MonthValue> values = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            values.add(new MonthValue(YearMonth.of(2021, m), m, 2L * m, 3L * m));
        }
        MonthlySeries series = new MonthlySeries("whole archive", TrendKind.KILLED, values);
        String svg = SvgChart.render("killed-archive", "Killed", TrendCharts.band(series, 0, false), 600, 200).svg();
        Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(svg);
        int ids = 0;
        while (id.find()) {
            ids++;
            assertTrue(id.group(1).startsWith("killed-archive-"), id.group(1));
        }
        assertTrue(ids > 0 && svg.startsWith("<svg") && svg.contains("viewBox=\"0 0 600 200\""), svg.substring(0, 200));
    }
}
