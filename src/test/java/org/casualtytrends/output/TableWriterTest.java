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
        return writer(out, runId);
    }

    private static TableWriter writer(Path output, String runId) {
        return new TableWriter(SharedSpark.get().sparkContext().hadoopConfiguration(), output.toString(), runId, 1000);
    }

    private List<String> labels(String table) {
        return labels(out, table);
    }

    private static List<String> labels(Path output, String table) {
        return SharedSpark.get().read().parquet(output.resolve(table).toString()).orderBy("year", "label")
                .collectAsList().stream().map(r -> r.getString(0) + "@" + r.getInt(1)).toList();
    }

    private static final List<String> TABLES = List.of("articles", "incidents", "events", "casualty_trends");

    private TableWriter staged(Path output, String runId, String label) {
        TableWriter writer = writer(output, runId);
        TABLES.forEach(table -> writer.stageTable(table, rows(label, 2021), "year"));
        return writer;
    }

    /** The label each table holds, in the order of {@link #TABLES}. */
    private static List<String> labelsOfAll(Path output) {
        return TABLES.stream().map(table -> String.join(",", labels(output, table))).toList();
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

    /**
     * A run killed at each step of its commit: while writing its journal (-1), with its journal
     * written and no table moved (0), with 1, 2, 3 of its 4 tables moved. Every table stays readable,
     * old or new; the next run completes the commit when the journal was written (the killed run had
     * finished its tables), leaves the old tables when not, and then writes its own correctly.
     */
    @Test
    void aRunKilledAtEachStepOfItsCommitLeavesReadableTablesAndTheNextRunIsRight() {
        List<String> old = List.of("old@2021", "old@2021", "old@2021", "old@2021");
        List<String> killed = List.of("new@2021", "new@2021", "new@2021", "new@2021");
        for (int step = -1; step < TABLES.size(); step++) {
            Path output = out.resolve("killed-at-" + step);
            staged(output, "r1", "old").commit();

            TableWriter dying = staged(output, "r2", "new");
            assertEquals(TABLES.size(), dying.moves().size());
            dying.commit(step);
            List<String> afterKill = labelsOfAll(output);
            for (int t = 0; t < TABLES.size(); t++) {
                assertEquals(t < step ? "new@2021" : "old@2021", afterKill.get(t), "killed at " + step + ": " + TABLES.get(t));
            }

            TableWriter next = staged(output, "r3", "third");
            assertEquals(step < 0 ? old : killed, labelsOfAll(output), "recovered after a kill at " + step);
            next.commit();
            assertEquals(List.of("third@2021", "third@2021", "third@2021", "third@2021"), labelsOfAll(output), "killed at " + step);
            for (String bookkeeping : List.of(TableWriter.JOURNAL, TableWriter.STAGING, TableWriter.TRASH)) {
                assertFalse(Files.exists(output.resolve(bookkeeping)), "killed at " + step + ": " + bookkeeping + " left");
            }
        }
    }

    @Test
    void aJournalLeftEmptyByAnOlderVersionNoLongerStopsEveryLaterRun() throws Exception {
        TableWriter first = writer("r1");
        first.stageTable("t", rows("old", 2020), "year");
        first.commit();
        Files.createDirectories(out.resolve(TableWriter.JOURNAL));
        Files.writeString(out.resolve(TableWriter.JOURNAL).resolve("20210501T101010Z.json"), "");

        TableWriter next = writer("r2");
        assertFalse(Files.exists(out.resolve(TableWriter.JOURNAL)));
        assertEquals(List.of("old@2020"), labels("t"));
        next.stageTable("t", rows("new", 2021), "year");
        next.commit();
        assertEquals(List.of("new@2021"), labels("t"));
    }

    @Test
    void aTableWithoutRowsIsWrittenWithItsSchema() {
        TableWriter writer = writer("r1");
        writer.stageTable("t", rows("x", 2020).where("false"), "year");
        writer.commit();
        Dataset<Row> read = SharedSpark.get().read().parquet(out.resolve("t").toString());
        assertEquals(0, read.count());
        assertEquals(List.of("label", "year"), List.of(read.columns()));
    }
}
