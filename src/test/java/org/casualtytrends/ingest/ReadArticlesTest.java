package org.casualtytrends.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One large file is spread over the cores, the same articles read as on the driver; a task decodes its files one at a time. */
class ReadArticlesTest {
    @TempDir
    Path in;

    @Test
    void spreadsTheArticlesOfOneFileOverTheCores() throws IOException {
        for (int file = 0; file < 1; file++) {
            StringBuilder lines = new StringBuilder();
            for (int line = 0; line < 120; line++) {
                lines.append("{\"id\":\"f").append(file).append('-').append(line)
                        .append("\",\"published\":\"2020-03-01\",\"text\":\"Line ").append(line).append(".\"}\n");
            }
            Files.writeString(in.resolve("part-" + file + ".jsonl"), lines);
        }

        Dataset<Row> articles = ReadArticles.apply(SharedSpark.get(), List.of(in.toString()));

        assertEquals(SharedSpark.get().sparkContext().defaultParallelism(), articles.rdd().getNumPartitions());
        List<String> onDriver = new ArrayList<>();
        ReadArticles.forEachArticle(SharedSpark.get().sparkContext().hadoopConfiguration(), List.of(in.toString()),
                (a, file) -> onDriver.add(a.articleId() + "@" + a.sourcePath()));
        List<String> read = articles.selectExpr("concat(article_id, '@', source_path)").as(Encoders.STRING())
                .collectAsList().stream().sorted().toList();
        assertEquals(120, read.size());
        assertEquals(onDriver.stream().sorted().toList(), read);
    }

    @Test
    void decodesAFileOnlyWhenTheRowsBeforeItAreTaken() throws IOException {
        Files.writeString(in.resolve("a.jsonl"), "{\"id\":\"a1\",\"published\":\"2020-03-01\",\"text\":\"One.\"}\n"
                + "{\"id\":\"a2\",\"published\":\"2020-03-01\",\"text\":\"Two.\"}\n");
        Files.writeString(in.resolve("b.jsonl"), "{\"id\":\"b1\",\"published\":\"2020-03-01\",\"text\":\"Three.\"}\n");
        Configuration hadoop = new Configuration();
        List<InputFile> group = InputListing.of(hadoop, List.of(in.toString())).files().stream()
                .sorted((x, y) -> x.path().compareTo(y.path())).toList();

        Iterator<Row> rows = ReadArticles.read(group, hadoop);
        List<String> read = new ArrayList<>();
        read.add(rows.next().getString(0));
        // Gone after the first file was decoded: had the task decoded its whole group at once, b1 would be read.
        Files.delete(in.resolve("b.jsonl"));
        rows.forEachRemaining(row -> read.add(row.getString(0) + (row.isNullAt(9) ? "" : ":" + row.getString(9))));

        assertEquals(List.of("a1", "a2", "b:unreadable_file"), read);
    }
}
