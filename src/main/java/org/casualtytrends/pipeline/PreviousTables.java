package org.casualtytrends.pipeline;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.duplicates.MarkDuplicates;
import org.casualtytrends.model.ArticleStatus;
import org.casualtytrends.output.TableWriter;
import org.casualtytrends.tables.Schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

/**
 * The incremental bookkeeping: the {@code articles} and {@code incidents} tables earlier runs left in
 * the output, and what this run does with them. The {@code articles} table is the record of what was
 * seen (by article id and content hash): those articles are skipped, their rows kept with their
 * status remembered, and only the year partitions of {@code articles} and {@code incidents} that
 * change are rewritten. Without previous tables ({@link #none()}: a full run, or the first
 * incremental one) every method reduces to the full run's.
 */
final class PreviousTables {
    /** Incident column: the run that found the incident (null for one kept from an earlier run); dropped before writing. */
    static final String FOUND_BY_RUN = "_run_id";
    /** Article column: the status and reason an earlier run wrote ("status:reason"), null for a row this run read. */
    private static final String PREVIOUS = "_previous";

    /** Null when there is no earlier run to build on. */
    private final Dataset<Row> articles;
    /** Null without previous articles, and when the output has no incidents table. */
    private final Dataset<Row> incidents;

    /** The raw articles this run still has to read, and how many it skipped as seen by an earlier run. */
    record Unseen(Dataset<Row> articles, long skipped) {
    }

    private PreviousTables(Dataset<Row> articles, Dataset<Row> incidents) {
        this.articles = articles;
        this.incidents = incidents;
    }

    /** A full run: nothing earlier is read, kept or skipped. */
    static PreviousTables none() {
        return new PreviousTables(null, null);
    }

    /** The tables earlier runs wrote into {@code output}, if any. */
    static PreviousTables read(SparkSession spark, String output) {
        Dataset<Row> articles = table(spark, output, "articles");
        return new PreviousTables(articles, articles != null ? table(spark, output, "incidents") : null);
    }

    /**
     * Leaves out the raw articles an earlier run read (same id and content hash, from the same path),
     * counting them. A copy delivered again under another path is read, and marked as the duplicate a
     * full run marks it.
     */
    Unseen unseen(Dataset<Row> raw) {
        if (articles == null) {
            return new Unseen(raw, 0);
        }
        Dataset<Row> seen = articles.select("article_id", "content_hash", "source_path");
        Column sameArticle = raw.col("article_id").equalTo(seen.col("article_id"))
                .and(raw.col("content_hash").eqNullSafe(seen.col("content_hash")))
                .and(raw.col("source_path").equalTo(seen.col("source_path")));
        long skipped = raw.join(seen, sameArticle, "left_semi").count();
        return new Unseen(raw.join(seen, sameArticle, "left_anti"), skipped);
    }

    /** This run's extracted article rows, and beside them the earlier runs' rows shaped like them, their status remembered. */
    Dataset<Row> withPreviousArticles(Dataset<Row> fresh) {
        Dataset<Row> marked = fresh.withColumn(PREVIOUS, lit(null).cast("string"));
        if (articles == null) {
            return marked;
        }
        Dataset<Row> previous = articles.drop("year")
                .withColumn(MarkDuplicates.INPUT_MODIFIED, lit(null).cast("timestamp"))
                .withColumn("incidents", lit(null).cast(Schemas.INCIDENTS))
                .withColumn(PREVIOUS, statusKey());
        return previous.unionByName(marked);
    }

    /** Incidents of the accepted articles: the new ones, and the earlier ones whose article is still accepted. */
    Dataset<Row> incidents(Dataset<Row> articleRows) {
        Dataset<Row> fresh = articleRows.where(col("incidents").isNotNull())
                .select(col("published_date"), col("run_id").as(FOUND_BY_RUN), explode(col("incidents")).as("i"))
                .select(col("i.*"), col("published_date"), col(FOUND_BY_RUN));
        if (incidents == null) {
            return fresh;
        }
        Dataset<Row> stillAccepted = articleRows.where(col("status").equalTo(ArticleStatus.ACCEPTED.code()).and(col(PREVIOUS).isNotNull()))
                .select("article_id");
        Dataset<Row> kept = incidents.join(stillAccepted, "article_id", "left_semi")
                .drop("year").withColumn(FOUND_BY_RUN, lit(null).cast("string"));
        return kept.unionByName(fresh);
    }

    /**
     * Stages the {@code articles} and {@code incidents} tables: whole on a full run; on an incremental
     * one only their year partitions in which a row changed, was added or was removed.
     */
    void stageArticlesAndIncidents(TableWriter writer, Dataset<Row> articleRows, Dataset<Row> incidentRows, String runId) {
        Dataset<Row> articlesByYear = articleRows.drop("incidents", MarkDuplicates.INPUT_MODIFIED).withColumn("year", year(col("published_date")));
        Dataset<Row> incidentsByYear = incidentRows.withColumn("year", year(col("event_date")));
        if (articles == null) {
            writer.stageTable("articles", articlesByYear.drop(PREVIOUS), "year");
            writer.stageTable("incidents", incidentsByYear.drop(FOUND_BY_RUN), "year");
            return;
        }
        Column changed = col(PREVIOUS).isNull().or(col(PREVIOUS).notEqual(statusKey()));
        writer.stagePartitions("articles", touchedYears(articlesByYear, changed, null).drop(PREVIOUS), "year");
        Dataset<Row> removed = incidents.join(incidentRows.select("incident_id"), "incident_id", "left_anti")
                .withColumn("year", year(col("event_date")));
        writer.stagePartitions("incidents", touchedYears(incidentsByYear, col(FOUND_BY_RUN).equalTo(runId), removed)
                .drop(FOUND_BY_RUN), "year");
    }

    private static Column statusKey() {
        return concat_ws(":", col("status"), coalesce(col("reject_reason"), lit("")));
    }

    /** All rows of the years in which some row is {@code changed} or some {@code removed} row (may be null) lived. */
    private static Dataset<Row> touchedYears(Dataset<Row> rows, Column changed, Dataset<Row> removed) {
        List<Object> years = new ArrayList<>();
        Dataset<Row> touched = rows.where(changed).select("year");
        if (removed != null) {
            touched = touched.union(removed.select("year"));
        }
        for (Row r : touched.distinct().collectAsList()) {
            years.add(r.get(0));
        }
        Column inTouched = years.stream().anyMatch(y -> y == null) ? col("year").isNull() : lit(false);
        List<Object> known = years.stream().filter(y -> y != null).toList();
        if (!known.isEmpty()) {
            inTouched = inTouched.or(col("year").isin(known.toArray()));
        }
        return rows.where(inTouched);
    }

    private static Dataset<Row> table(SparkSession spark, String output, String table) {
        Path path = new Path(output, table);
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            // A table without files (written empty by a version before tables kept their schema) holds nothing to build on.
            return TableWriter.hasDataFile(fs, path) ? spark.read().parquet(path.toString()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the previous table " + path + ": " + e.getMessage(), e);
        }
    }
}
