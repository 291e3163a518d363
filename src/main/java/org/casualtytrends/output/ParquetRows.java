package org.casualtytrends.output;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The rows of a table Spark wrote, counted from the footers of its Parquet files on the driver:
 * no Spark job, no row read (a count through Spark plans and schedules a job over every file).
 */
public final class ParquetRows {
    private ParquetRows() {
    }

    /** The rows of every Parquet file under {@code table} (0 when it does not exist). */
    public static long count(Configuration hadoop, Path table) {
        try {
            FileSystem fs = table.getFileSystem(hadoop);
            if (!fs.exists(table)) {
                return 0;
            }
            long rows = 0;
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(table, true);
            while (files.hasNext()) {
                LocatedFileStatus file = files.next();
                if (file.getPath().getName().endsWith(".parquet")) {
                    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, hadoop))) {
                        rows += reader.getRecordCount();
                    }
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the rows of " + table + ": " + e.getMessage(), e);
        }
    }
}
