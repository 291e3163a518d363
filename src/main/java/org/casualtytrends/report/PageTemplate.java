package org.casualtytrends.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders the page from {@code report/index.mustache} (with its partials) and {@code report/report.css},
 * resources of the jar. Mustache escapes every {@code {{value}}} for HTML, so text from articles
 * (sentences, sources, ids) cannot become markup; only the charts' SVG is inserted raw ({@code {{{svg}}}}).
 */
final class PageTemplate {
    private static final String ROOT = "report";

    private PageTemplate() {
    }

    static String css() {
        try (InputStream in = PageTemplate.class.getClassLoader().getResourceAsStream(ROOT + "/report.css")) {
            if (in == null) {
                throw new IllegalStateException("resource " + ROOT + "/report.css missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(ReportPage page) {
        Mustache template = new DefaultMustacheFactory(ROOT).compile("index.mustache");
        StringWriter out = new StringWriter();
        template.execute(out, page);
        return out.toString();
    }
}
