package org.casualtytrends.bench;

import org.casualtytrends.config.JobConfig;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small run of the harness produces its figures, consistent with each other (their values are the
 * benchmark's business, not a test's).
 */
class BenchHarnessTest {
    @TempDir
    Path dir;

    @Test
    void producesFloorJobWorkIdealAndRatios() throws IOException {
        BenchHarness.Result result = BenchHarness.run(SharedSpark.get(), JobConfig.defaults(),
                new SyntheticArchive.Options(300, 0.5, 3, SyntheticArchive.Format.JSONL, 100), 60, dir);
        assertEquals(300, result.articles());
        assertEquals(0.5, result.conflictShare());
        assertTrue(result.floorArticlesPerS() > 0 && result.jobArticlesPerS() > 0);
        assertEquals(result.jobArticlesPerS() / result.floorArticlesPerS(), result.ratio(), 1e-9);
        assertTrue(result.driverPeakHeapMb() > 0 && result.heapAfterJobMb() > 0);
        assertTrue(result.driverPeakHeapMb() <= result.maxHeapMb());
        assertTrue(result.incidents() > 0);
        assertTrue(result.table().contains("ratio job/floor"));

        // The gazetteer of all countries: timed and weighed, a world of names holds megabytes, within the heap.
        assertTrue(result.gazetteerLoadMs() > 0);
        assertTrue(result.gazetteerHeapMb() > 1 && result.gazetteerHeapMb() < result.maxHeapMb(), "" + result.gazetteerHeapMb());
        assertTrue(result.table().contains(String.format("loads in %.0f ms, holds %.1f MB", result.gazetteerLoadMs(),
                result.gazetteerHeapMb())));

        // The work: measured, and the ideal built from it and the floor, which the job cannot beat.
        assertTrue(result.workUsPerArticle() > 0 && result.gatedArticles() > 0 && result.gatedArticles() < 300);
        assertEquals(result.workUsPerArticle() * 300 / result.gatedArticles(), result.workUsPerGatedArticle(), 1e-6);
        assertEquals(result.floorSeconds() + result.workUsPerArticle() * 300 / 1e6 / result.cores(), result.idealSeconds(), 1e-6);
        assertEquals(300 / result.idealSeconds(), result.idealArticlesPerS(), 1e-6);
        assertTrue(result.idealArticlesPerS() >= result.jobArticlesPerS());
        assertEquals(result.jobArticlesPerS() / result.idealArticlesPerS(), result.jobVsIdeal(), 1e-9);
        assertTrue(result.jobVsIdeal() > 0 && result.jobVsIdeal() <= 1);

        // Spark's jobs counted, their CPU time summed.
        assertTrue(result.sparkJobs() > 0 && result.sparkStages() >= result.sparkJobs());
        assertEquals(result.sparkJobs(), result.jobSparkJobs().size());
        assertTrue(result.jobTaskCpuS() > 0 && result.floorTaskCpuS() > 0);

        // The scheduled run: the following 60 articles added to the output, against a fresh run over them.
        BenchHarness.Incremental incremental = result.incremental();
        assertEquals(60, incremental.newArticles());
        assertTrue(incremental.incrementalSeconds() > 0 && incremental.freshSeconds() > 0);
        assertEquals(incremental.incrementalSeconds() / incremental.freshSeconds(), incremental.incrementalVsFresh(), 1e-9);
        assertTrue(result.table().contains("incremental run"));
    }
}
