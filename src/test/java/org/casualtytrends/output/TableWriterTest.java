package org.casualtytrends.output;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run that dies while writing leaves the previous tables readable and unchanged; the next run repairs. */
class TableWriterTest {
    @TempDir
    Path out;

    private Dataset<Row> rows(String label, int... years) {
        SparkSession spark = SharedSpark.get();
        StringBuilder values = new StringBuilder();
        for (int y : years) {
            values.append(values.length() == 0 ? "" : ", ").append("('").append(label).append("', ").append(y).append(")");
        }
        return spark.sql("select * from values " + values + " as t(label, year)");
    }

    private TableWriter writer(String runId) {
        return new TableWriter(SharedSpark.get().sparkContext().hadoopConfiguration(), out.toString(), runId, 1000);
    }

    private List<String> labels(String table) {
        return SharedSpark.get().read().parquet(out.resolve(table).toString()).orderBy("year", "label")
                .collectAsList().stream().map(r -> r.getString(0) + "@" + r.getInt(1)).toList();
    }

    @Test
    void aRunThatDiesBeforeCommittingChangesNothing() {
        TableWriter first = writer("r1");
        first.stageTable("t", rows("old", 2020, 2021), "year");
        first.commit();

        TableWriter dying = writer("r2");
        dying.stageTable("t", rows("new", 2022), "year");
        // no commit: the run died here
        assertEquals(List.of("old@2020", "old@2021"), labels("t"));

        writer("r3");
        assertFalse(Files.exists(out.resolve(TableWriter.STAGING)));
        assertEquals(List.of("old@2020", "old@2021"), labels("t"));
    }

    @Test
    void aRunThatDiesWhileMovingIsFinishedByTheNextOne() {
        TableWriter first = writer("r1");
        first.stageTable("a", rows("old", 2020), "year");
        first.stageTable("b", rows("old", 2020), "year");
        first.commit();

        TableWriter dying = writer("r2");
        dying.stageTable("a", rows("new", 2021), "year");
        dying.stageTable("b", rows("new", 2021), "year");
        dying.commit(1);
        assertEquals(List.of("new@2021"), labels("a"));
        assertEquals(List.of("old@2020"), labels("b"));

        writer("r3");
        assertEquals(List.of("new@2021"), labels("b"));
        assertFalse(Files.exists(out.resolve(TableWriter.JOURNAL)));
        assertFalse(Files.exists(out.resolve(TableWriter.TRASH)));
    }

    @Test
    void stagedPartitionsReplaceOnlyTheirOwnYears() {
        TableWriter first = writer("r1");
        first.stageTable("t", rows("old", 2020, 2021), "year");
        first.commit();

        TableWriter second = writer("r2");
        second.stagePartitions("t", rows("new", 2021, 2022), "year");
        second.commit();
        assertEquals(List.of("old@2020", "new@2021", "new@2022"), labels("t"));
        assertTrue(Files.isDirectory(out.resolve("t/year=2022")));
    }
}
