package org.casualtytrends.report;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The analysts' page over an output folder: {@code report/index.html}, one static file (inline SVG
 * charts and CSS, no script, nothing fetched), made from the written tables after a run or by the
 * {@code report} command. Spark does the aggregations; only monthly sums, the ranked provinces and
 * the top events reach the driver, so it stays small and fast on a large archive.
 */
public final class TrendReport {
    public static final String FOLDER = "report";
    public static final String PAGE = "index.html";
    /** The tables the report reads: a folder without them is not an output of the job. */
    public static final List<String> TABLES = List.of("articles", "incidents", "events", "casualty_trends");
    static final int PROVINCE_CHARTS = 6;
    static final int HEAT_MAP_PROVINCES = 30;
    static final int TOP_EVENTS = 10;
    private static final int WIDE = 960;

    private TrendReport() {
    }

    /**
     * Writes the page and returns its path.
     *
     * @param runId the run whose manifest the page shows, or null for the newest successful run
     */
    public static String write(SparkSession spark, String output, String runId) {
        Path out = new Path(output);
        try {
            FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
            MonthlyFigures figures = MonthlyFigures.of(table(spark, out, "casualty_trends"), HEAT_MAP_PROVINCES);
            Dataset<Row> incidents = table(spark, out, "incidents");
            Dataset<Row> events = table(spark, out, "events");
            Optional<RunView> run = RunManifest.read(fs, out, runId);
            ReportPage content = new ReportPage(output,
                    ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                    run.orElse(null), sections(figures), heatMap(figures), heatMapNote(figures),
                    EventDetails.of(events, incidents, TOP_EVENTS), DataQuality.of(table(spark, out, "articles"), incidents, events),
                    PageTemplate.css());
            Path page = new Path(out, FOLDER + "/" + PAGE);
            writeAtomically(spark.sparkContext().hadoopConfiguration(), page, PageTemplate.render(content));
            return page.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report under " + output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fails, before Spark starts, when {@code output} is not an output folder of the job (a table is
     * missing) or has no manifest of the named run.
     */
    public static void checkOutput(Configuration hadoop, String output, String runId) {
        Path out = new Path(output);
        try {
            FileSystem fs = out.getFileSystem(hadoop);
            for (String table : TABLES) {
                if (!fs.exists(new Path(out, table))) {
                    throw new IllegalArgumentException("not an output folder of `run`: " + output + " has no " + table + " table");
                }
            }
            if (runId != null && !fs.exists(new Path(out, RunManifest.RUNS + "/" + runId + ".json"))) {
                throw new IllegalArgumentException("no manifest of run " + runId + " under " + new Path(out, RunManifest.RUNS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output folder " + output + ": " + e.getMessage(), e);
        }
    }

    private static Dataset<Row> table(SparkSession spark, Path output, String name) {
        return spark.read().parquet(new Path(output, name).toString());
    }

    private static List<TrendSection> sections(MonthlyFigures figures) {
        List<TrendSection> sections = new ArrayList<>();
        if (figures.isEmpty()) {
            return sections;
        }
        for (TrendKind kind : TrendKind.values()) {
            String title = Character.toUpperCase(kind.label.charAt(0)) + kind.label.substring(1) + " per month";
            String note = kind.hasBand()
                    ? "Line: the best figure summed over the month's events; band: the sum of the lows to the sum of the highs (claims included)."
                    : "The best figure summed over the month's events (the table has no low or high for " + kind.label + ").";
            SvgChart archive = SvgChart.render(kind.label + "-archive", title + ", whole archive",
                    TrendCharts.band(figures.archive().get(kind), 0, false), WIDE, 260);
            List<ProvinceFigures> top = figures.provinces().subList(0, Math.min(PROVINCE_CHARTS, figures.provinces().size()));
            long upper = top.stream().mapToLong(p -> p.series().get(kind).highest()).max().orElse(0);
            List<SvgChart> provinces = new ArrayList<>();
            for (int i = 0; i < top.size(); i++) {
                MonthlySeries series = top.get(i).series().get(kind);
                provinces.add(SvgChart.render(kind.label + "-province-" + (i + 1), title + ", " + series.label(),
                        TrendCharts.band(series, upper, true), 316, 180));
            }
            sections.add(new TrendSection(kind.label, title, note, archive, provinces));
        }
        return sections;
    }

    private static SvgChart heatMap(MonthlyFigures figures) {
        if (figures.provinces().isEmpty()) {
            return null;
        }
        JFreeChart chart = TrendCharts.heatMap(figures);
        return SvgChart.render("heat-map", "Killed (best) by province and month", chart, WIDE, 110 + 18 * figures.provinces().size());
    }

    private static String heatMapNote(MonthlyFigures figures) {
        int shown = figures.provinces().size();
        String which = shown < figures.provincesWithEvents()
                ? "The " + shown + " provinces with the most killed (best) of " + figures.provincesWithEvents() + " with dated events"
                : "Every province with a dated event";
        return which + ", the most killed at the top. Grey: events, no one killed; blank: no event.";
    }

    /**
     * Written aside and renamed, so a reader never opens half a page. A file system of its own, without
     * checksum files: the local one would leave a {@code .index.html.crc} beside the page.
     */
    private static void writeAtomically(Configuration hadoop, Path page, String html) throws IOException {
        Path partial = new Path(page.getParent(), "_" + PAGE + ".partial");
        try (FileSystem fs = FileSystem.newInstance(page.toUri(), hadoop)) {
            fs.setWriteChecksum(false);
            try (FSDataOutputStream stream = fs.create(partial, true)) {
                stream.write(html.getBytes(StandardCharsets.UTF_8));
            }
            fs.delete(page, false);
            if (!fs.rename(partial, page)) {
                throw new IOException("rename " + partial + " -> " + page + " failed");
            }
        }
    }
}
