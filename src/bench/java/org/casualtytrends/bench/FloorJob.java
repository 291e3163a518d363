package org.casualtytrends.bench;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.regexp_extract;

/**
 * The floor the job is measured against: a plain Spark job over the same archive that reads every
 * article, runs one regular expression over its text and writes one Parquet row per article.
 */
public final class FloorJob {
    static final String REGEX = "(?i)\\b(killed|wounded|injured|detained)\\b";

    private FloorJob() {
    }

    /** Runs the floor; returns the number of rows written. */
    public static long run(SparkSession spark, String archive, SyntheticArchive.Format format, String output) {
        Dataset<Row> articles;
        Column id;
        if (format == SyntheticArchive.Format.JSONL) {
            articles = spark.read().option("recursiveFileLookup", "true").json(archive);
            id = col("id");
        } else {
            articles = spark.read().option("recursiveFileLookup", "true").option("wholetext", "true").text(archive)
                    .withColumnRenamed("value", "text");
            id = input_file_name();
        }
        articles.select(id.as("id"), regexp_extract(col("text"), REGEX, 1).as("cue"))
                .write().mode(SaveMode.Overwrite).parquet(output);
        return spark.read().parquet(output).count();
    }
}
