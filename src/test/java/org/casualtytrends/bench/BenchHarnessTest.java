package org.casualtytrends.bench;

import org.casualtytrends.config.JobConfig;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small run of the harness produces its figures (their values are the benchmark's business, not a test's). */
class BenchHarnessTest {
    @TempDir
    Path dir;

    @Test
    void producesFloorJobAndRatio() throws IOException {
        BenchHarness.Result result = BenchHarness.run(SharedSpark.get(), JobConfig.defaults(),
                new SyntheticArchive.Options(300, 0.5, 3, SyntheticArchive.Format.JSONL, 100), dir);
        assertEquals(300, result.articles());
        assertEquals(0.5, result.conflictShare());
        assertTrue(result.floorArticlesPerS() > 0 && result.jobArticlesPerS() > 0);
        assertEquals(result.jobArticlesPerS() / result.floorArticlesPerS(), result.ratio(), 1e-9);
        assertTrue(result.driverPeakHeapMb() > 0 && result.heapAfterJobMb() > 0);
        assertTrue(result.driverPeakHeapMb() <= result.maxHeapMb());
        assertTrue(result.incidents() > 0);
        assertTrue(result.table().contains("ratio job/floor"));
    }
}
