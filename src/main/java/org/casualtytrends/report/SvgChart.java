package org.casualtytrends.report;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.Dimension;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A chart drawn as an inline {@code <svg>} element by Batik's SVG generator. Every id Batik makes
 * (clip paths) is prefixed with the chart's name: the page holds many charts, and a repeated id
 * would clip one chart with another's clip path.
 */
record SvgChart(String name, String title, String svg) {

    static SvgChart render(String name, String title, JFreeChart chart, int width, int height) {
        Document dom;
        try {
            dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(dom);
        context.setIDGenerator(new PrefixedIds(name + "-"));
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        // One decimal: a tenth of a pixel is below what a screen shows, and it shortens every coordinate.
        context.setPrecision(1);
        SVGGraphics2D g = new OutlinesOnce(context);
        g.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g, new Rectangle(0, 0, width, height));
        Element root = g.getRoot();
        // Batik names its top-level defs "genericDefs" in every chart: one id per page is allowed.
        for (org.w3c.dom.Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && "genericDefs".equals(e.getAttribute("id"))) {
                e.setAttribute("id", name + "-defs");
            }
        }
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("role", "img");
        root.setAttribute("aria-label", title);
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (SVGGraphics2DIOException e) {
            throw new UncheckedIOException(e.getMessage(), new java.io.IOException(e));
        }
        // Inline in HTML, the element alone: Batik writes an XML declaration before it.
        String svg = out.toString();
        return new SvgChart(name, title, svg.substring(svg.indexOf("<svg")));
    }

    /**
     * Leaves out the outline JFreeChart's block renderer draws around each heat-map cell in the cell's
     * own colour (against seams on screen; the heat map is drawn with crisp edges instead): it doubled
     * the size of the heat map, 480 of a 720 KB page over 20,000 articles.
     */
    private static final class OutlinesOnce extends SVGGraphics2D {
        private Shape filled;
        private Paint filledWith;

        OutlinesOnce(SVGGeneratorContext context) {
            super(context, false);
        }

        @Override
        public void fill(Shape shape) {
            super.fill(shape);
            filled = shape;
            filledWith = getPaint();
        }

        @Override
        public void draw(Shape shape) {
            if (!(shape.equals(filled) && getPaint().equals(filledWith))) {
                super.draw(shape);
            }
        }
    }

    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String kind) {
            return super.generateID(prefix + kind);
        }
    }
}
