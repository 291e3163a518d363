package org.casualtytrends.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report both scorers produce.
 *
 * @param counts what was scored (articles, incidents, matches...), in display order
 * @param worst  the worst articles, already selected and ordered
 */
record ScoreReport(String format, List<Metric> metricList, Map<String, Integer> counts, List<WorstArticle> worst)
        implements EvaluationReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    ScoreReport {
        metricList = List.copyOf(metricList);
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        worst = List.copyOf(worst);
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metricList.forEach(metric -> metrics.put(metric.name(), metric.value()));
        return metrics;
    }

    @Override
    public String table() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-38s %8s %8s%n", "metric (" + format + ")", "value", "n"));
        for (Metric metric : metricList) {
            String value = Double.isNaN(metric.value()) ? "-" : String.format(Locale.ROOT, "%.4f", metric.value());
            table.append(String.format(Locale.ROOT, "%-38s %8s %8d%n", metric.name(), value, metric.n()));
        }
        table.append(System.lineSeparator()).append(String.format(Locale.ROOT, "%-38s %8s%n", "count", "n"));
        counts.forEach((name, n) -> table.append(String.format(Locale.ROOT, "%-38s %8d%n", name, n)));
        table.append(System.lineSeparator())
                .append("worst articles (").append(worst.size()).append(", error: gold vs predicted)")
                .append(System.lineSeparator());
        for (WorstArticle article : worst) {
            table.append(String.format(Locale.ROOT, "  %-24s %4d  %s%n",
                    article.articleId(), article.error(), article.summary()));
        }
        return table.toString();
    }

    @Override
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", format);
        ObjectNode metrics = root.putObject("metrics");
        for (Metric metric : metricList) {
            ObjectNode entry = metrics.putObject(metric.name());
            // JSON has no NaN: an undefined share is null.
            if (Double.isNaN(metric.value())) {
                entry.putNull("value");
            } else {
                entry.put("value", metric.value());
            }
            entry.put("n", metric.n());
        }
        ObjectNode countNode = root.putObject("counts");
        counts.forEach(countNode::put);
        ArrayNode worstNode = root.putArray("worst_articles");
        for (WorstArticle article : worst) {
            ObjectNode entry = worstNode.addObject();
            entry.put("article_id", article.articleId());
            entry.put("error", article.error());
            entry.setAll(article.detail());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the evaluation report as JSON", e);
        }
    }
}
