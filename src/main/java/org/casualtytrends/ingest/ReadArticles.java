package org.casualtytrends.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.tables.Schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stage 1: input paths to one row per article (or rejected input) of {@link Schemas#RAW_ARTICLE}.
 * Files are read whole through Spark's {@code binaryFile} source and decoded by {@link ArticleDecoder};
 * folders are listed recursively by Spark, not globbed, since listing a glob of many small files
 * can take most of a run.
 */
public final class ReadArticles {
    private ReadArticles() {
    }

    public static Dataset<Row> apply(SparkSession spark, List<String> inputs) {
        List<String> paths = checkInputs(spark.sparkContext().hadoopConfiguration(), inputs);
        Dataset<Row> files = spark.read()
                .format("binaryFile")
                .option("recursiveFileLookup", "true")
                .load(paths.toArray(String[]::new))
                .select("path", "content");
        Dataset<Row> articles = files.flatMap((FlatMapFunction<Row, Row>) ReadArticles::decode, Encoders.row(Schemas.RAW_ARTICLE));
        // One big JSON Lines file is one row of binaryFile, hence one task: spread its articles over
        // the cores before the expensive stages. Many files already give enough partitions.
        int cores = spark.sparkContext().defaultParallelism();
        if (articles.rdd().getNumPartitions() < cores) {
            articles = articles.repartition(cores);
        }
        List<Row> empty = emptyFiles(spark.sparkContext().hadoopConfiguration(), paths);
        return empty.isEmpty() ? articles : articles.union(spark.createDataFrame(empty, Schemas.RAW_ARTICLE));
    }

    /**
     * Spark's file sources plan no split for a file of 0 bytes, so such files would vanish silently;
     * they are found by a listing on the driver that keeps only them (its memory does not grow with
     * the number of files) and decoded like any other file.
     */
    static List<Row> emptyFiles(Configuration hadoop, List<String> inputs) {
        List<Row> rows = new ArrayList<>();
        forEachFile(hadoop, inputs, (fs, file) -> {
            if (file.getLen() == 0) {
                decode(RowFactory.create(file.getPath().toString(), new byte[0])).forEachRemaining(rows::add);
            }
        });
        return rows;
    }

    /**
     * The articles of {@code inputs} decoded one file at a time on this JVM, as {@link #apply} decodes
     * them in Spark tasks: the same files (hidden ones skipped), paths and decoder, without a Spark job.
     * For evaluation sets, which are small; {@code action} sees every record of a file before the next file is read.
     */
    public static void forEachArticle(Configuration hadoop, List<String> inputs, Consumer<RawArticle> action) {
        forEachFile(hadoop, checkInputs(hadoop, inputs), (fs, file) -> {
            byte[] content;
            try (FSDataInputStream in = fs.open(file.getPath())) {
                content = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read input " + file.getPath() + ": " + e.getMessage(), e);
            }
            ArticleDecoder.decode(file.getPath().toString(), content).forEach(action);
        });
    }

    private interface FileAction {
        void accept(FileSystem fs, FileStatus file);
    }

    /** Every file of {@code inputs}: each path or glob match, folders listed recursively without their hidden files. */
    private static void forEachFile(Configuration hadoop, List<String> inputs, FileAction action) {
        try {
            for (String input : inputs) {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(hadoop);
                for (FileStatus match : fs.globStatus(path)) {
                    if (match.isFile()) {
                        action.accept(fs, match);
                        continue;
                    }
                    var files = fs.listFiles(match.getPath(), true);
                    while (files.hasNext()) {
                        LocatedFileStatus file = files.next();
                        if (!isHidden(match.getPath(), file.getPath())) {
                            action.accept(fs, file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input " + inputs + ": " + e.getMessage(), e);
        }
    }

    /** Spark skips files and folders whose name starts with "." or "_" below an input folder; so do we. */
    private static boolean isHidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static Iterator<Row> decode(Row file) {
        List<Row> rows = new ArrayList<>();
        for (RawArticle a : ArticleDecoder.decode(file.getString(0), (byte[]) file.get(1))) {
            rows.add(RowFactory.create(a.articleId(), a.sourcePath(),
                    a.publishedDate() == null ? null : Date.valueOf(a.publishedDate()),
                    a.title(), a.url(), a.source(), a.contentHash(), a.nChars(), a.status(), a.rejectReason(), a.text()));
        }
        return rows.iterator();
    }

    /** Fails fast, naming the path, when an input does not exist or a glob matches nothing. */
    public static List<String> checkInputs(Configuration hadoop, List<String> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input path given");
        }
        List<String> checked = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(hadoop);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("input path does not exist: " + input);
                }
                checked.add(input);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read input path " + input + ": " + e.getMessage(), e);
            }
        }
        return checked;
    }
}
