package org.casualtytrends.pipeline;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.casualtytrends.model.ArticleStatus;
import org.casualtytrends.model.RejectReason;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;

/** The articles one run read, by status, the rejected ones by reason, and the accepted ones read only in part. */
record ArticleCounts(Map<String, Long> byStatus, Map<String, Long> rejectedByReason, long partlyRead) {

    /** Counts the rows of {@code articles} that run {@code runId} wrote (not those kept from earlier runs). */
    static ArticleCounts of(Dataset<Row> articles, String runId) {
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> rejectedByReason = new TreeMap<>();
        long partlyRead = 0;
        for (Row r : articles.where(col("run_id").equalTo(runId)).groupBy("status", "reject_reason").count().collectAsList()) {
            String status = r.getString(0);
            byStatus.merge(status, r.getLong(2), Long::sum);
            if (ArticleStatus.REJECTED.code().equals(status)) {
                rejectedByReason.put(r.getString(1), r.getLong(2));
            } else if (r.getString(1) != null && r.getString(1).startsWith(RejectReason.UNREAD_AFTER)) {
                partlyRead += r.getLong(2);
            }
        }
        return new ArticleCounts(byStatus, rejectedByReason, partlyRead);
    }

    long read() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    long accepted() {
        return byStatus.getOrDefault(ArticleStatus.ACCEPTED.code(), 0L);
    }

    long rejected() {
        return byStatus.getOrDefault(ArticleStatus.REJECTED.code(), 0L);
    }

    long duplicates() {
        return byStatus.getOrDefault(ArticleStatus.DUPLICATE.code(), 0L);
    }

    /**
     * What the user should hear about these counts: a run that read no valid article (all rejected,
     * or copies) still records every input in {@code articles}, and succeeds.
     */
    List<String> warnings(long skipped) {
        if (read() == 0) {
            return List.of(skipped > 0 ? "every article of the input was seen by an earlier run: the tables are unchanged"
                    : "the input holds no file to read");
        }
        if (accepted() == 0) {
            return List.of("no valid article in the input: " + read() + " read, " + rejected() + " rejected " + rejectedByReason
                    + ", " + duplicates() + " duplicates; each has its row in articles");
        }
        return List.of();
    }
}
