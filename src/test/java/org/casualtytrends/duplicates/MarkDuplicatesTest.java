package org.casualtytrends.duplicates;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.casualtytrends.duplicates.MarkDuplicates.ArticleKey;
import org.casualtytrends.model.ArticleStatus;
import org.casualtytrends.model.RejectReason;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark form of the duplicate rule, which sorts only the rows that share a text or an id,
 * decides as the in-memory form ({@link MarkDuplicates#setAside}) over keys with many shared texts
 * and ids (the newer text of an id kept), copies an earlier run set aside, and rejected rows.
 */
class MarkDuplicatesTest {
    private static final StructType KEYS = new StructType()
            .add("index", DataTypes.IntegerType)
            .add("article_id", DataTypes.StringType)
            .add("source_path", DataTypes.StringType)
            .add("content_hash", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("reject_reason", DataTypes.StringType)
            .add("published_date", DataTypes.DateType)
            .add(MarkDuplicates.INPUT_MODIFIED, DataTypes.TimestampType);
    private static final String DUPLICATE = ArticleStatus.DUPLICATE.code();
    private static final String ID_CONFLICT = RejectReason.ARTICLE_ID_CONFLICT.code();

    @Test
    void decidesAsTheRuleInMemoryWhereTextsAndIdsAreShared() {
        Random random = new Random(5);
        List<ArticleKey> keys = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int kind = random.nextInt(10);
            String status = kind < 8 ? "accepted" : kind == 8 ? DUPLICATE : "rejected";
            String reason = kind < 8 ? null : kind == 8 ? "duplicate_of:someone" : "empty_text";
            // Few dates and modification times, some missing (undated, or a row of an earlier run),
            // so that every rule of "newer" decides some conflicts.
            LocalDate published = random.nextInt(5) == 0 ? null : LocalDate.of(2021, 5, 1 + random.nextInt(3));
            Long modified = random.nextInt(4) == 0 ? null : 1000L * random.nextInt(3);
            String path = random.nextBoolean() ? "in/" + random.nextInt(40) + "/f" + i + ".txt" : "in/feed.jsonl#L" + i;
            ArticleKey key = new ArticleKey("id" + random.nextInt(250), path, "h" + random.nextInt(300), status, published, modified);
            keys.add(key);
            rows.add(RowFactory.create(i, key.articleId(), key.sourcePath(), key.contentHash(), status, reason,
                    published == null ? null : Date.valueOf(published), modified == null ? null : new Timestamp(modified)));
        }
        Set<Integer> setAside = MarkDuplicates.setAside(keys);

        Dataset<Row> numbered = MarkDuplicates.numbered(SharedSpark.get().createDataFrame(rows, KEYS)).cache();
        Map<Integer, Row> decided = new HashMap<>();
        for (Row r : MarkDuplicates.apply(numbered, MarkDuplicates.decisions(numbered)).collectAsList()) {
            decided.put(r.getInt(0), r);
        }

        assertEquals(600, decided.size());
        int changed = 0;
        for (int i = 0; i < keys.size(); i++) {
            String status = decided.get(i).getString(4);
            String reason = decided.get(i).getString(5);
            if (!keys.get(i).accepted()) {
                assertEquals("rejected", status, "row " + i);
                assertEquals("empty_text", reason, "row " + i);
            } else if (setAside.contains(i)) {
                assertTrue(status.equals(DUPLICATE) && reason.startsWith("duplicate_of:id")
                        || status.equals("rejected") && reason.equals(ID_CONFLICT), "row " + i + ": " + decided.get(i));
            } else {
                assertEquals("accepted", status, "row " + i);
                assertEquals(null, reason, "row " + i);
            }
            changed += status.equals(keys.get(i).status()) ? 0 : 1;
        }
        assertTrue(setAside.size() > 100 && changed > 100, setAside.size() + " set aside, " + changed + " changed");
        numbered.unpersist();
    }
}
