package org.casualtytrends.pipeline;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.casualtytrends.bench.SyntheticArchive;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 5,000 generated articles, one file each, end to end in local mode: every input accounted for. */
class GeneratedArchiveRunTest {
    @TempDir
    Path dir;

    @Test
    void fiveThousandArticlesRunEndToEnd() throws IOException {
        SyntheticArchive.Options options = new SyntheticArchive.Options(5000, 0.2, 7, SyntheticArchive.Format.TXT, 1000);
        SyntheticArchive.Summary archive = SyntheticArchive.write(dir.resolve("in"), options);
        Files.writeString(dir.resolve("in/part-00000/broken.txt"), "date 2021-13-45 not a date");

        RunSummary summary = new CasualtyTrendsPipeline(SharedSpark.get(), JobConfig.defaults())
                .run(List.of(dir.resolve("in").toString()), dir.resolve("out").toString(), "gen", false);

        assertEquals(5001, summary.read());
        assertEquals(1, summary.rejected());
        Dataset<Row> articles = SharedSpark.get().read().parquet(dir.resolve("out/articles").toString());
        assertEquals(5001, articles.count());
        assertEquals(5001, articles.select("article_id").distinct().count());
        assertEquals(1, articles.where("reject_reason = 'malformed_date'").count());
        assertTrue(summary.events() > 0 && summary.trendRows() > 0);

        // What the generator wrote into each article's lead, against what the job read from it.
        Map<String, Row> primary = new HashMap<>();
        for (Row r : SharedSpark.get().read().parquet(dir.resolve("out/incidents").toString())
                .where("is_primary and event_type != 'other'").collectAsList()) {
            primary.putIfAbsent(r.getAs("article_id"), r);
        }
        int conflict = 0, found = 0, sameProvince = 0, sameKilled = 0, withKilled = 0, attacksInOtherNews = 0;
        for (long i = 0; i < options.articles(); i++) {
            SyntheticArchive.GeneratedArticle article = SyntheticArchive.article(i, options);
            Row incident = primary.get(article.id());
            if (!article.conflict()) {
                attacksInOtherNews += incident == null ? 0 : 1;
                continue;
            }
            conflict++;
            if (incident == null) {
                continue;
            }
            found++;
            sameProvince += article.truth().province().equals(incident.getAs("province")) ? 1 : 0;
            if (article.truth().killed() != null) {
                withKilled++;
                sameKilled += article.truth().killed().equals(incident.getAs("killed_best")) ? 1 : 0;
            }
        }
        String figures = String.format("conflict %d, found %d, same province %d, killed %d/%d, attacks found in other news %d",
                conflict, found, sameProvince, sameKilled, withKilled, attacksInOtherNews);
        assertEquals(archive.conflictArticles(), conflict);
        assertTrue(found >= 0.95 * conflict, figures);
        // Floors under what was measured (2026-11-25: province 87%, killed 92%): a regression guard,
        // to be raised as extraction improves. Province misses are mostly wire datelines ("KABUL, July 8
        // (Outlet) -") read as the event's place.
        assertTrue(sameProvince >= 0.85 * found, figures);
        assertTrue(sameKilled >= 0.88 * withKilled, figures);
        assertTrue(attacksInOtherNews <= 0.02 * (options.articles() - conflict), figures);
    }
}
