package org.casualtytrends.output;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Writes the output tables so that readers never see a half-written run. Every table (or every
 * partition being replaced) is first written under {@code _staging/<run id>/}; when all are
 * complete, the list of moves is written to {@code _commit/<run id>.json} and then carried out,
 * each by two renames. A run that dies before that journal exists leaves the previous tables as
 * they were; one that dies during the moves is finished by the next run ({@link #recover}).
 */
public final class TableWriter {
    static final String STAGING = "_staging";
    static final String JOURNAL = "_commit";
    static final String TRASH = "_trash";
    /** The partition value of rows whose partition column is null (README: "Output tables"). */
    public static final int NO_PARTITION_VALUE = 0;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);

    private final Path output;
    private final String runId;
    private final FileSystem fs;
    private final int maxRecordsPerFile;
    private final List<Move> moves = new ArrayList<>();

    /** A staged directory and the live directory it replaces. */
    public record Move(String from, String to) {
    }

    /** Prepares to write under {@code output}, first finishing or clearing what an earlier run left. */
    public TableWriter(Configuration hadoop, String output, String runId, int maxRecordsPerFile) {
        this.output = new Path(output);
        this.runId = runId;
        this.maxRecordsPerFile = maxRecordsPerFile;
        try {
            this.fs = this.output.getFileSystem(hadoop);
            recover(fs, this.output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare output folder " + output + ": " + e.getMessage(), e);
        }
    }

    /** Fails fast, naming it, when {@code output} cannot be an output folder: it names a file. */
    public static void checkOutput(Configuration hadoop, String output) {
        try {
            Path path = new Path(output);
            FileSystem fs = path.getFileSystem(hadoop);
            if (fs.exists(path) && !fs.getFileStatus(path).isDirectory()) {
                throw new IllegalArgumentException("--output " + output + " is a file, not a folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the output folder " + output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rolls forward the moves of any journal left by a run that died while committing, then clears
     * staging. A journal is written whole or not at all ({@link AtomicFile}): a run that died while
     * writing it leaves only a temporary file, and had moved nothing yet. A journal that cannot be
     * read (written by hand, or by a version that wrote journals in place) cannot have begun its moves
     * either: moves start once it is complete. It is deleted, and logged.
     */
    public static void recover(FileSystem fs, Path output) throws IOException {
        Path journals = new Path(output, JOURNAL);
        if (fs.exists(journals)) {
            for (FileStatus journal : fs.listStatus(journals)) {
                String name = journal.getPath().getName();
                if (!name.endsWith(".json")) {
                    continue;
                }
                List<Move> pending;
                try (FSDataInputStream in = fs.open(journal.getPath())) {
                    pending = JSON.readValue(in, new TypeReference<List<Move>>() { });
                } catch (IOException e) {
                    LOG.warn("the commit journal {} cannot be read ({}); its run had moved nothing, it is deleted",
                            journal.getPath(), e.getMessage());
                    fs.delete(journal.getPath(), false);
                    continue;
                }
                String runId = name.substring(0, name.length() - ".json".length());
                for (Move move : pending) {
                    apply(fs, move, new Path(output, TRASH + "/" + runId + "/" + move.to()), output);
                }
                fs.delete(journal.getPath(), false);
            }
        }
        fs.delete(new Path(output, TRASH), true);
        fs.delete(new Path(output, STAGING), true);
        fs.delete(journals, true);
    }

    /**
     * Writes an intermediate result under staging and returns it read back: every later step reads
     * these files instead of computing the rows again or holding them in memory. Cleared with staging.
     */
    public Dataset<Row> checkpoint(String name, Dataset<Row> rows) {
        String path = stagingPath(name).toString();
        rows.write().mode(SaveMode.Overwrite).parquet(path);
        return rows.sparkSession().read().parquet(path);
    }

    /** The rows of a table staged by this run, before the commit. */
    public Dataset<Row> staged(SparkSession spark, String table) {
        return spark.read().parquet(stagingPath(table).toString());
    }

    /** Stages a whole table (replacing the live one), partitioned by {@code partitionColumn}. */
    public void stageTable(String table, Dataset<Row> rows, String partitionColumn) {
        write(rows, partitionColumn, stagingPath(table));
        withSchemaWhenEmpty(rows, partitionColumn, stagingPath(table));
        moves.add(new Move(STAGING + "/" + runId + "/" + table, table));
    }

    /**
     * Stages the partitions of {@code rows} (each holding the complete new content of that
     * partition), replacing only those partitions of the live table.
     */
    public void stagePartitions(String table, Dataset<Row> rows, String partitionColumn) {
        Path staged = stagingPath(table);
        write(rows, partitionColumn, staged);
        try {
            if (!fs.exists(new Path(output, table))) {
                withSchemaWhenEmpty(rows, partitionColumn, staged);
                moves.add(new Move(STAGING + "/" + runId + "/" + table, table));
                return;
            }
            for (FileStatus partition : fs.listStatus(staged)) {
                String name = partition.getPath().getName();
                if (partition.isDirectory() && name.startsWith(partitionColumn + "=")) {
                    moves.add(new Move(STAGING + "/" + runId + "/" + table + "/" + name, table + "/" + name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list staged table " + staged + ": " + e.getMessage(), e);
        }
    }

    /** Stages a small table as a single file, replacing the live one. */
    public void stageSingleFile(String table, Dataset<Row> rows) {
        rows.coalesce(1).write().mode(SaveMode.Overwrite).parquet(stagingPath(table).toString());
        moves.add(new Move(STAGING + "/" + runId + "/" + table, table));
    }

    /** Writes the journal, then swaps every staged table or partition into place. */
    public void commit() {
        commit(Integer.MAX_VALUE);
    }

    /**
     * {@link #commit()}, stopping as a run that dies there would, for tests: after {@code maxMoves}
     * moves; {@code -1} while writing the journal (its temporary file written, not yet in place).
     */
    void commit(int maxMoves) {
        Path journal = new Path(output, JOURNAL + "/" + runId + ".json");
        try {
            byte[] content = JSON.writeValueAsBytes(moves);
            if (maxMoves < 0) {
                try (FSDataOutputStream out = fs.create(AtomicFile.temporary(journal), true)) {
                    out.write(content);
                }
                return;
            }
            AtomicFile.write(fs, journal, content);
            Path trash = new Path(output, TRASH + "/" + runId);
            for (int i = 0; i < moves.size() && i < maxMoves; i++) {
                Move move = moves.get(i);
                apply(fs, move, new Path(trash, move.to()), output);
            }
            if (maxMoves < moves.size()) {
                return;
            }
            fs.delete(journal, false);
            recover(fs, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new tables into " + output + ": " + e.getMessage(), e);
        }
    }

    /** The moves {@link #commit} makes, in order: for tests. */
    List<Move> moves() {
        return List.copyOf(moves);
    }

    public Path tablePath(String table) {
        return new Path(output, table);
    }

    /**
     * At most as many writing tasks as the run has shuffle partitions (its configured parallelism),
     * each writing its rows of a partition to its own files: no shuffle, no single-core write. Not
     * the cores alive at that moment: under dynamic allocation they can be few when the write starts.
     * A null partition value (an article rejected for its date has no year) is written as {@link #NO_PARTITION_VALUE}:
     * Spark would name its folder {@code year=__HIVE_DEFAULT_PARTITION__}, which DuckDB reads as text, failing
     * {@code year + 1}, and cannot cast to a number at all.
     */
    private void write(Dataset<Row> rows, String partitionColumn, Path target) {
        rows.withColumn(partitionColumn, coalesce(col(partitionColumn), lit(NO_PARTITION_VALUE)))
                .coalesce(Integer.parseInt(rows.sparkSession().conf().get("spark.sql.shuffle.partitions")))
                .write()
                .mode(SaveMode.Overwrite)
                .option("maxRecordsPerFile", maxRecordsPerFile)
                .partitionBy(partitionColumn)
                .parquet(target.toString());
    }

    /**
     * A partitioned write of no rows leaves no file, and a table without files has no schema: Spark
     * cannot read it ({@code UNABLE_TO_INFER_SCHEMA}), nor can DuckDB. So a whole table without rows
     * gets one Parquet file of no rows in {@code <column>=}{@value #NO_PARTITION_VALUE}, its schema
     * in the footer (a run over articles without an incident writes empty incidents and events).
     */
    private void withSchemaWhenEmpty(Dataset<Row> rows, String partitionColumn, Path table) {
        try {
            if (hasDataFile(fs, table)) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list staged table " + table + ": " + e.getMessage(), e);
        }
        SparkSession spark = rows.sparkSession();
        spark.createDataFrame(List.<Row>of(), rows.drop(partitionColumn).schema()).write().mode(SaveMode.Overwrite)
                .parquet(new Path(table, partitionColumn + "=" + NO_PARTITION_VALUE).toString());
    }

    /** Whether {@code table} exists and holds a Parquet file: a table Spark can read. */
    public static boolean hasDataFile(FileSystem fs, Path table) throws IOException {
        if (!fs.exists(table)) {
            return false;
        }
        var files = fs.listFiles(table, true);
        while (files.hasNext()) {
            if (files.next().getPath().getName().endsWith(".parquet")) {
                return true;
            }
        }
        return false;
    }

    private Path stagingPath(String table) {
        return new Path(output, STAGING + "/" + runId + "/" + table);
    }

    /** Idempotent: a move already made (staged directory gone) is skipped. */
    private static void apply(FileSystem fs, Move move, Path trash, Path output) throws IOException {
        Path from = new Path(output, move.from());
        Path to = new Path(output, move.to());
        if (!fs.exists(from)) {
            return;
        }
        if (fs.exists(to)) {
            fs.mkdirs(trash.getParent());
            rename(fs, to, trash);
        }
        fs.mkdirs(to.getParent());
        rename(fs, from, to);
    }

    private static void rename(FileSystem fs, Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("rename " + from + " -> " + to + " failed");
        }
    }
}
