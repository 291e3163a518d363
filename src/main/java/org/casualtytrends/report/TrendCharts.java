package org.casualtytrends.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/** The report's charts, drawn by JFreeChart: a month series with its low-high band, and the province x month heat map. */
final class TrendCharts {
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private TrendCharts() {
    }

    /**
     * The best per month as a line, low to high as a band around it.
     *
     * @param upper the top of the value axis (shared by small multiples so they compare), or 0 to fit the series
     */
    static JFreeChart band(MonthlySeries series, long upper, boolean titled) {
        YIntervalSeries data = new YIntervalSeries(series.label());
        for (MonthValue v : series.values()) {
            data.add(millis(v.month()), v.best(), v.low(), v.high());
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(data);
        DateAxis x = new DateAxis(null, UTC, Locale.ENGLISH);
        // The archive's months and a few days either side (a range of one month is still a range).
        long pad = java.time.Duration.ofDays(10).toMillis();
        x.setRange(millis(series.values().get(0).month()) - pad, millis(series.values().get(series.values().size() - 1).month()) + pad);
        SimpleDateFormat monthYear = new SimpleDateFormat("MMM yyyy", Locale.ENGLISH);
        monthYear.setTimeZone(UTC);
        x.setDateFormatOverride(monthYear);
        NumberAxis y = new NumberAxis(titled ? null : series.kind().label + " per month");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setRange(0, Math.max(upper > 0 ? upper : series.highest(), 1) * 1.05);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, series.kind().colour);
        renderer.setSeriesFillPaint(0, series.kind().colour);
        renderer.setSeriesStroke(0, new BasicStroke(titled ? 1.4f : 1.8f));
        renderer.setAlpha(0.22f);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = styled(plot);
        if (titled) {
            chart.setTitle(new TextTitle(series.label(), TITLE));
        }
        return chart;
    }

    /** Killed (best) by province (rows, the largest at the top) and month (columns); blank where a province had no event. */
    static JFreeChart heatMap(MonthlyFigures figures) {
        List<ProvinceFigures> provinces = figures.provinces();
        int n = provinces.size();
        int firstMonth = MonthIndexFormat.index(figures.first());
        int lastMonth = MonthIndexFormat.index(figures.last());
        int cells = 0;
        for (ProvinceFigures p : provinces) {
            cells += (int) p.series().get(TrendKind.KILLED).values().stream().filter(v -> v.best() > 0 || v.high() > 0).count();
        }
        double[][] xyz = new double[3][cells];
        String[] labels = new String[n];
        long largest = 0;
        int at = 0;
        for (int row = 0; row < n; row++) {
            ProvinceFigures p = provinces.get(n - 1 - row);
            labels[row] = p.label();
            for (MonthValue v : p.series().get(TrendKind.KILLED).values()) {
                if (v.best() > 0 || v.high() > 0) {
                    xyz[0][at] = MonthIndexFormat.index(v.month());
                    xyz[1][at] = row;
                    xyz[2][at] = v.best();
                    largest = Math.max(largest, v.best());
                    at++;
                }
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("killed", xyz);
        NumberAxis x = new NumberAxis();
        x.setNumberFormatOverride(new MonthIndexFormat());
        int months = lastMonth - firstMonth + 1;
        x.setTickUnit(new NumberTickUnit(months <= 12 ? 1 : months <= 36 ? 3 : months <= 72 ? 6 : 12));
        x.setRange(firstMonth - 0.5, lastMonth + 0.5);
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setRange(-0.5, n - 0.5);
        y.setGridBandsVisible(false);
        HeatPaintScale scale = new HeatPaintScale(largest);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = styled(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(true);
        plot.setOutlinePaint(GRID);
        NumberAxis legendAxis = new NumberAxis("killed (best) in the month");
        style(legendAxis);
        legendAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        legendAxis.setRange(0, scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setSubdivisionCount(64);
        legend.setAxisLocation(AxisLocation.TOP_OR_LEFT);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(10);
        legend.setMargin(new RectangleInsets(12, 160, 0, 160));
        chart.addSubtitle(legend);
        // Crisp edges: adjoining cells without the pale seams antialiasing draws between them.
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static long millis(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** White background, light grid, readable ticks: the look every chart shares. */
    private static JFreeChart styled(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());
        JFreeChart chart = new JFreeChart(null, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        return chart;
    }

    private static void style(ValueAxis axis) {
        axis.setTickLabelFont(TICKS);
        axis.setLabelFont(LABELS);
        axis.setTickLabelPaint(TEXT);
        axis.setLabelPaint(TEXT);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
    }
}
