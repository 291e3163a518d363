package org.casualtytrends.cli;

import org.casualtytrends.pipeline.RunSummary;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The summary a run prints: a table, durations in seconds (the manifest keeps milliseconds). */
class SummaryTableTest {
    private static RunSummary summary(boolean incremental) {
        Map<String, Long> rejected = new LinkedHashMap<>();
        rejected.put("malformed_json", 12L);
        rejected.put("missing_date", 3L);
        Map<String, Long> millis = new LinkedHashMap<>();
        millis.put("read_annotate_extract", 12_345L);
        millis.put("write", 4_050L);
        millis.put("total", 16_395L);
        return new RunSummary("r1", List.of("in"), Map.of(), Map.of(), "out", "abc", incremental, 20_000, incremental ? 1_000 : 0, 19_980,
                15, 5, 0, rejected, 1_234, 1_000, 321, millis, Map.of(), List.of(), "succeeded");
    }

    @Test
    void countsAndSecondsInTwoColumns() {
        assertEquals("""
                run r1 -> out

                articles read            20,000
                  accepted               19,980
                  rejected                   15
                    malformed_json           12
                    missing_date              3
                  duplicates                  5
                incidents                 1,234
                events                    1,000
                casualty_trends rows        321

                time
                  read_annotate_extract  12.3 s
                  write                   4.1 s
                  total                  16.4 s

                tables: out/articles out/incidents out/events out/casualty_trends
                """, SummaryTable.of(summary(false)));
    }

    @Test
    void anIncrementalRunShowsTheArticlesItSkipped() {
        String table = SummaryTable.of(summary(true));
        assertEquals("  seen in earlier runs (skipped)   1,000", table.lines().filter(l -> l.contains("skipped")).findFirst().orElseThrow());
    }

    @Test
    void inputPathsSkippedArticlesReadInPartAndWarningsHaveTheirLines() {
        RunSummary run = new RunSummary("r1", List.of("in"), Map.of("hidden", 2L), Map.of("hidden", List.of("in/.x")), "out", "abc", false,
                3, 0, 3, 0, 0, 1, Map.of(), 0, 0, 0, Map.of(), Map.of(), List.of("no valid article in the input"), "succeeded");
        assertEquals(List.of("input paths skipped as hidden (listed in the manifest) 2", "read in part (longer than max-article-chars) 1"),
                SummaryTable.of(run).lines().filter(l -> l.contains("skipped as") || l.contains("in part"))
                        .map(l -> l.strip().replaceAll(" +", " ")).toList());
        assertEquals("warning: no valid article in the input", SummaryTable.of(run).lines().filter(l -> l.startsWith("warning")).findFirst().orElseThrow());
    }
}
