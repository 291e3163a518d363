package org.casualtytrends.output;

import org.apache.hadoop.conf.Configuration;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rows of a committed table, counted from its files' footers, are the rows Spark reads back. */
class ParquetRowsTest {
    @TempDir
    Path out;

    @Test
    void countsTheRowsOfEveryPartitionAndFile() {
        Configuration hadoop = SharedSpark.get().sparkContext().hadoopConfiguration();
        // Two rows per file, three years: several files in several year= folders.
        TableWriter writer = new TableWriter(hadoop, out.toString(), "r1", 2);
        writer.stageTable("t", SharedSpark.get().range(0, 11).selectExpr("id", "2020 + id % 3 as year"), "year");
        writer.commit();

        assertEquals(11, SharedSpark.get().read().parquet(out.resolve("t").toString()).count());
        assertEquals(11, ParquetRows.count(hadoop, writer.tablePath("t")));
    }

    @Test
    void aTableNotWrittenHasNoRows() {
        Configuration hadoop = SharedSpark.get().sparkContext().hadoopConfiguration();
        assertEquals(0, ParquetRows.count(hadoop, new TableWriter(hadoop, out.toString(), "r1", 2).tablePath("absent")));
    }
}
