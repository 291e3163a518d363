package org.casualtytrends.report;

import org.apache.spark.sql.Row;
import org.casualtytrends.pipeline.RunSummary;
import org.casualtytrends.testing.Chromium;
import org.casualtytrends.testing.GeneratedOutput;
import org.casualtytrends.testing.SharedSpark;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report of a run over generated articles, opened in headless Chromium as an analyst would:
 * the DOM the browser parsed holds every chart with its marks and the run's counts, and the
 * screenshot shows each kind's marks in its colour. Screenshot and page are kept under
 * {@code target/report-page/} to be looked at.
 */
class ReportPageTest {
    private static final int WIDTH = 1280;
    /** Tall enough for every chart (they come before the events): about 3,400 pixels at this width. */
    private static final int HEIGHT = 4400;

    @TempDir
    Path work;

    @Test
    void theRenderedPageShowsEveryChartAndTheRunsCounts() throws Exception {
        GeneratedOutput generated = GeneratedOutput.get();
        Path page = Path.of(TrendReport.write(SharedSpark.get(), generated.output().toString(), null));
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertStandsAlone(html);

        Path chromium = Chromium.find().orElse(null);
        Assumptions.assumeTrue(chromium != null,
                "no chromium on the PATH: the page is not rendered (.ci/run installs Debian's chromium package)");
        Document dom = Jsoup.parse(Chromium.dumpDom(chromium, page, work));
        Path kept = keptDir();
        Path png = kept.resolve("index.png");
        BufferedImage shot = Chromium.screenshot(chromium, page, png, WIDTH, HEIGHT, work);
        Files.copy(page, kept.resolve("index.html"), StandardCopyOption.REPLACE_EXISTING);

        assertRunCounts(dom, generated.summary());
        assertChartsHaveMarks(dom, generated);
        assertEvidenceIsText(dom);
        for (TrendKind kind : TrendKind.values()) {
            int pixels = pixelsNear(shot, kind.colour);
            assertTrue(pixels > 400, kind + " marks in the screenshot: " + pixels + " pixels of its colour");
        }
        int heat = pixelsNear(shot, new Color(0xfd, 0x8d, 0x3c)) + pixelsNear(shot, new Color(0xfe, 0xcc, 0x5c));
        assertTrue(heat > 400, "heat map cells in the screenshot: " + heat + " pixels");
    }

    /** One file: no script, nothing fetched (the SVG namespaces are names, not fetches). */
    private static void assertStandsAlone(String html) {
        assertFalse(html.contains("<script"), "the page needs no script");
        String withoutNamespaces = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
                .replace("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "");
        assertFalse(withoutNamespaces.matches("(?s).*(src|href)=\"(https?:)?//.*"), "the page fetches nothing");
        assertTrue(html.length() < 1_000_000, "page size " + html.length());
    }

    private static void assertRunCounts(Document dom, RunSummary summary) {
        Map<String, Long> counts = Map.of("read", summary.read(), "accepted", summary.accepted(), "rejected", summary.rejected(),
                "duplicates", summary.duplicates(), "incidents", summary.incidents(), "events", summary.events());
        counts.forEach((key, n) -> assertEquals(LabelledCount.number(n),
                dom.select("#run-counts tr[data-count=" + key + "] td").text(), key));
        assertEquals(summary.rejectedByReason().size(), dom.select("#run-rejected tr[data-reason]").size());
        summary.rejectedByReason().forEach((reason, n) -> assertEquals(LabelledCount.number(n),
                dom.select("#run-rejected tr[data-reason=" + reason + "] td").text(), reason));
        assertTrue(dom.select("#run-steps tr[data-step=total] td").text().endsWith(" s"));
        // The one article that names no province.
        assertTrue(dom.select("#quality-gaps tr[data-gap=incidents-no-province] td").text().startsWith("1 of "));
    }

    private static void assertChartsHaveMarks(Document dom, GeneratedOutput generated) {
        List<Row> cells = SharedSpark.get().read().parquet(generated.output().resolve("casualty_trends").toString())
                .where("month is not null and province_code is not null").collectAsList();
        long provinces = cells.stream().map(r -> r.getAs("province_code")).distinct().count();
        long months = SharedSpark.get().read().parquet(generated.output().resolve("casualty_trends").toString())
                .where("month is not null").select("month").distinct().count();
        assertTrue(provinces >= TrendReport.PROVINCE_CHARTS, "the generated archive has provinces for every small chart");
        List<String> charts = new ArrayList<>();
        for (TrendKind kind : TrendKind.values()) {
            String stroke = "stroke:rgb(" + kind.colour.getRed() + "," + kind.colour.getGreen() + "," + kind.colour.getBlue() + ")";
            charts.add(kind.label + "-archive");
            assertLine(dom, kind.label + "-archive", stroke, months);
            for (int i = 1; i <= TrendReport.PROVINCE_CHARTS; i++) {
                charts.add(kind.label + "-province-" + i);
                assertLine(dom, kind.label + "-province-" + i, stroke, months);
            }
        }
        long nonEmpty = cells.stream().filter(r -> r.getAs("killed_best") != null && r.<Long>getAs("killed_best") > 0).count();
        Elements coloured = svg(dom, "heat-map").select("rect[style*=fill:rgb(]")
                .not("[style*=fill:rgb(255,255,255)]").not("[style*=fill:white]");
        assertTrue(nonEmpty > 0 && coloured.size() >= nonEmpty, "heat map cells drawn " + coloured.size() + ", non-empty " + nonEmpty);
        charts.add("heat-map");
        assertEquals(charts, dom.select("figure.chart").eachAttr("data-chart"), "the page's charts, in order");
    }

    /** The chart's line: a path in the kind's colour through every month of the archive. */
    private static void assertLine(Document dom, String chart, String stroke, long months) {
        Elements lines = svg(dom, chart).select("g[style*=" + stroke + "] > path");
        int points = lines.stream().mapToInt(p -> p.attr("d").split("[ML]").length - 1).max().orElse(0);
        assertTrue(points >= months, chart + ": line through " + points + " points, " + months + " months");
    }

    private static Element svg(Document dom, String chart) {
        Element svg = dom.selectFirst("figure.chart[data-chart=" + chart + "] > svg");
        assertTrue(svg != null, "chart " + chart + " on the page");
        return svg;
    }

    /** The largest event's sentence holds markup: the browser shows it as text, it makes no element. */
    private static void assertEvidenceIsText(Document dom) {
        Element largest = dom.selectFirst("#largest article.event");
        assertTrue(largest != null && largest.select("td.sentence").text().contains(GeneratedOutput.MARKUP),
                "the largest event's sentence, as text");
        assertTrue(largest.select("td.sentence i").isEmpty(), "no element made from an article's text");
        // Three outlets on one attack in Kunduz: each source's figure, the claim last; best 7, low 3, high 11 (the claim).
        Element kunduz = dom.select("#disputed article.event").stream().filter(e -> e.select("h3").text().startsWith("Kunduz"))
                .findFirst().orElseThrow(() -> new AssertionError("the disputed event in Kunduz"));
        assertTrue(kunduz.select(".flag").text().contains("disputed"));
        assertTrue(kunduz.select(".figures").text().contains("killed 7 (3-11)"), kunduz.select(".figures").text());
        List<String> sources = kunduz.select("tbody tr").stream().map(tr -> tr.child(0).text().replaceAll(":.*", "")).toList();
        assertEquals(List.of("official", "official", "witness", "claim"), sources);
    }

    private static int pixelsNear(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) <= 24) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Path keptDir() throws java.io.IOException {
        String dir = System.getProperty("report.page.dir");
        return dir == null ? Files.createTempDirectory("report-page") : Files.createDirectories(Path.of(dir));
    }
}
