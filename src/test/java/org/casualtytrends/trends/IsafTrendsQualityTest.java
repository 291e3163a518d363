package org.casualtytrends.trends;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.pipeline.CasualtyTrendsPipeline;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On the ISAF releases (when ../shared/eval is there): killed per province and month in
 * {@code casualty_trends} against the sum of the per-article gold. Events must add no error to
 * what extraction leaves: the trends' error is at most that of summing the incidents directly.
 */
class IsafTrendsQualityTest {
    private static final Path ISAF = Path.of("../shared/eval/isaf-dev");

    @TempDir
    Path dir;

    @Test
    void trendsAddNoErrorToExtraction() throws IOException {
        assumeTrue(Files.isDirectory(ISAF), "no ../shared/eval/isaf-dev here");
        new CasualtyTrendsPipeline(SharedSpark.get(), JobConfig.defaults())
                .run(List.of(ISAF.resolve("articles").toString()), dir.toString(), "isaf", false);

        Map<String, Long> gold = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        long goldKilled = 0;
        for (String line : Files.readAllLines(ISAF.resolve("gold.jsonl"))) {
            JsonNode g = json.readTree(line);
            JsonNode codes = g.get("province_codes");
            String province = codes.isEmpty() ? null : codes.get(0).asText();
            gold.merge(province + "@" + g.get("event_date").asText().substring(0, 7), g.get("killed").asLong(), Long::sum);
            goldKilled += g.get("killed").asLong();
        }
        Map<String, Long> trends = cells("select province_code, date_format(month, 'yyyy-MM'), killed_best from t", "casualty_trends");
        Map<String, Long> incidents = cells("select province_code, date_format(event_date, 'yyyy-MM'), killed_best from t", "incidents");
        long trendsError = error(gold, trends);
        long incidentsError = error(gold, incidents);
        String figures = String.format("gold killed %d; |trends - gold| %d (%.3f); |incidents - gold| %d (%.3f)",
                goldKilled, trendsError, trendsError / (double) goldKilled, incidentsError, incidentsError / (double) goldKilled);
        System.out.println("ISAF province x month killed: " + figures);
        assertTrue(trendsError <= incidentsError, figures);
    }

    private Map<String, Long> cells(String query, String table) {
        SharedSpark.get().read().parquet(dir.resolve(table).toString()).createOrReplaceTempView("t");
        Map<String, Long> cells = new HashMap<>();
        for (Row r : SharedSpark.get().sql(query).collectAsList()) {
            if (!r.isNullAt(2)) {
                cells.merge(r.get(0) + "@" + r.get(1), ((Number) r.get(2)).longValue(), Long::sum);
            }
        }
        return cells;
    }

    private static long error(Map<String, Long> gold, Map<String, Long> predicted) {
        Set<String> keys = new HashSet<>(gold.keySet());
        keys.addAll(predicted.keySet());
        long error = 0;
        for (String k : keys) {
            error += Math.abs(gold.getOrDefault(k, 0L) - predicted.getOrDefault(k, 0L));
        }
        return error;
    }
}
