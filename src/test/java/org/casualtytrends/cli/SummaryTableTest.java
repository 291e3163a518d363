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
        return new RunSummary("r1", List.of("in"), "out", "abc", incremental, 20_000, incremental ? 1_000 : 0, 19_980, 15, 5,
                rejected, 1_234, 1_000, 321, millis, Map.of(), "succeeded");
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
}
