package org.casualtytrends.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.internal.SQLConf;
import org.casualtytrends.model.RejectReason;
import org.casualtytrends.model.Vocabulary;
import org.casualtytrends.tables.Schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Stage 1: input paths to one row per article (or rejected input) of {@link Schemas#RAW_ARTICLE}.
 * The driver lists the files ({@link InputListing}); tasks read each whole and decode it with
 * {@link ArticleDecoder}. A file that cannot be read (gone, no permission, a link to nothing) or that
 * is larger than a task can hold ({@value #MAX_FILE_BYTES} bytes: split such archives) is a rejected
 * row, never a failed run.
 */
public final class ReadArticles {
    /** The largest file read: a Java array's limit. */
    static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

    private ReadArticles() {
    }

    /** Lists and reads {@code inputs}. */
    public static Dataset<Row> apply(SparkSession spark, List<String> inputs) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        return apply(spark, InputListing.of(hadoop, checkInputs(hadoop, inputs)));
    }

    /** Reads the files of {@code listing}. */
    public static Dataset<Row> apply(SparkSession spark, InputListing listing) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<HadoopConf> hadoop = context.broadcast(new HadoopConf(spark.sparkContext().hadoopConfiguration()));
        List<List<InputFile>> groups = groups(listing.files(), spark.sessionState().conf(), context.defaultParallelism());
        JavaRDD<Row> rows = context.parallelize(groups, Math.max(1, groups.size()))
                .flatMap(group -> read(group, hadoop.value().get()));
        Dataset<Row> articles = spark.createDataFrame(rows, Schemas.RAW_ARTICLE);
        // One big JSON Lines file is one group, hence one task: spread its articles over the cores
        // before the expensive stages. A few large files stay a few uneven tasks: spreading them
        // over four tasks per core by a shuffle of the texts was tried and left out, its extra CPU
        // (33 -> 48 s of task time for 100,000 articles) not shown to pay on this shared machine.
        int cores = context.defaultParallelism();
        return groups.size() < cores ? articles.repartition(cores) : articles;
    }

    /**
     * The files in groups, one task each, as Spark's file sources pack files into partitions: each
     * file counts its size plus the cost of opening one, a group holds up to
     * {@code spark.sql.files.maxPartitionBytes}, or less when that spreads the files over the cores.
     */
    static List<List<InputFile>> groups(List<InputFile> files, SQLConf sql, int cores) {
        long openCost = sql.filesOpenCostInBytes();
        long total = files.stream().mapToLong(f -> f.length() + openCost).sum();
        long maxBytes = Math.min(sql.filesMaxPartitionBytes(), Math.max(openCost, total / Math.max(1, cores)));
        List<InputFile> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong(InputFile::length).reversed());
        List<List<InputFile>> groups = new ArrayList<>();
        List<InputFile> group = new ArrayList<>();
        long bytes = 0;
        for (InputFile file : bySize) {
            if (!group.isEmpty() && bytes + file.length() > maxBytes) {
                groups.add(group);
                group = new ArrayList<>();
                bytes = 0;
            }
            group.add(file);
            bytes += file.length() + openCost;
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /**
     * The articles of {@code inputs} decoded one file at a time on this JVM, as {@link #apply} decodes
     * them in Spark tasks: the same listing, paths and decoder, without a Spark job. For evaluation
     * sets, which are small; {@code action} sees every record of a file, with the file, before the next file is read.
     */
    public static void forEachArticle(Configuration hadoop, List<String> inputs, BiConsumer<RawArticle, InputFile> action) {
        for (InputFile file : InputListing.of(hadoop, checkInputs(hadoop, inputs)).files()) {
            decode(file, hadoop).forEach(article -> action.accept(article, file));
        }
    }

    /**
     * The rows of a group's files, a file decoded only when the rows before it are taken: a task
     * holds one decoded file, not its whole group (up to {@code spark.sql.files.maxPartitionBytes} of
     * input, so 10x more text held at 1,000,000 articles than at 100,000).
     */
    static Iterator<Row> read(List<InputFile> group, Configuration hadoop) {
        return group.stream().flatMap(file -> decode(file, hadoop).stream().map(a -> row(a, file))).iterator();
    }

    private static Row row(RawArticle a, InputFile file) {
        return RowFactory.create(a.articleId(), a.sourcePath(),
                a.publishedDate() == null ? null : Date.valueOf(a.publishedDate()),
                a.title(), a.url(), a.source(), a.contentHash(), a.nChars(), a.status().code(),
                Vocabulary.codeOf(a.rejectReason()), a.text(), file.readable() ? new Timestamp(file.modified()) : null);
    }

    private static List<RawArticle> decode(InputFile file, Configuration hadoop) {
        if (!file.readable()) {
            return List.of(ArticleDecoder.rejectFile(file.path(), RejectReason.UNREADABLE_FILE));
        }
        if (file.length() > MAX_FILE_BYTES) {
            return List.of(ArticleDecoder.rejectFile(file.path(), RejectReason.TOO_LARGE));
        }
        byte[] content;
        try {
            Path path = new Path(new URI(file.uri()));
            try (FSDataInputStream in = raw(path.getFileSystem(hadoop)).open(path)) {
                content = in.readNBytes((int) MAX_FILE_BYTES);
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return List.of(ArticleDecoder.rejectFile(file.path(), RejectReason.UNREADABLE_FILE));
        }
        return ArticleDecoder.decode(file.path(), content);
    }

    /**
     * The local file system without its checksum layer: inputs have no {@code .crc} files to check,
     * and the layer cannot name the checksum file of a name holding {@code :}.
     */
    private static FileSystem raw(FileSystem fs) {
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
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
