package org.casualtytrends.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.annotate.AnnotateArticles;
import org.casualtytrends.annotate.AnnotationPipeline;
import org.casualtytrends.annotate.SentenceAnnotator;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.duplicates.MarkDuplicates;
import org.casualtytrends.events.ClusterEvents;
import org.casualtytrends.extract.ExtractIncidents;
import org.casualtytrends.ingest.ReadArticles;
import org.casualtytrends.model.Incident;
import org.casualtytrends.output.TableWriter;
import org.casualtytrends.tables.IncidentRows;
import org.casualtytrends.tables.Schemas;
import org.casualtytrends.trends.AggregateTrends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

/**
 * The whole job, stage by stage: read archives, annotate, extract incidents, mark duplicate texts,
 * cluster events, aggregate trends, write the four tables.
 * <p>
 * Incremental runs read the previous {@code articles} table as the record of what was seen (by
 * article id and content hash), annotate only the new articles, rewrite only the year partitions
 * of {@code articles} and {@code incidents} that changed, and rebuild {@code events} and
 * {@code casualty_trends} from all incidents (no text is read again for that).
 */
public final class CasualtyTrendsPipeline {
    public static final List<String> TABLES = List.of("articles", "incidents", "events", "casualty_trends");
    private static final String PREVIOUS = "_previous";
    private static final String EXTRACTED = "extracted";
    private static final String DUPLICATES = "duplicates";

    private final SparkSession spark;
    private final JobConfig config;

    public CasualtyTrendsPipeline(SparkSession spark, JobConfig config) {
        this.spark = spark;
        this.config = config;
    }

    /** Stages 1-3 over raw article rows: annotate and extract; rows of {@link Schemas#EXTRACTED_ARTICLE}. */
    public Dataset<Row> extract(Dataset<Row> rawArticles) {
        SentenceAnnotator nlp = AnnotationPipeline.fit(spark, config.rules());
        return ExtractIncidents.apply(AnnotateArticles.apply(rawArticles, nlp, config.rules()), config.rules());
    }

    /** The incidents of the accepted, de-duplicated articles of {@code inputs}, collected: for evaluation sets, not archives. */
    public List<Incident> predictIncidents(List<String> inputs) {
        // Evaluation sets are small: held in memory, so that the rows keep their numbers.
        Dataset<Row> numbered = MarkDuplicates.numbered(extract(ReadArticles.apply(spark, inputs))).persist();
        try {
            Dataset<Row> articles = MarkDuplicates.apply(numbered, MarkDuplicates.decisions(numbered));
            return articles.where(col("incidents").isNotNull())
                    .select(explode(col("incidents")).as("i")).select("i.*")
                    .collectAsList().stream().map(IncidentRows::fromRow).toList();
        } finally {
            numbered.unpersist();
        }
    }

    public RunSummary run(List<String> inputs, String output, String runId, boolean incremental) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long start = System.currentTimeMillis();
        TableWriter writer = new TableWriter(spark.sparkContext().hadoopConfiguration(), output, runId, config.maxRecordsPerFile());
        Dataset<Row> previousArticles = incremental ? previousTable(output, "articles") : null;
        Dataset<Row> previousIncidents = previousArticles != null ? previousTable(output, "incidents") : null;

        Dataset<Row> raw = ReadArticles.apply(spark, inputs);
        long skipped = 0;
        if (previousArticles != null) {
            Dataset<Row> seen = previousArticles.select("article_id", "content_hash");
            Column sameArticle = raw.col("article_id").equalTo(seen.col("article_id"))
                    .and(raw.col("content_hash").eqNullSafe(seen.col("content_hash")));
            skipped = raw.join(seen, sameArticle, "left_semi").count();
            raw = raw.join(seen, sameArticle, "left_anti");
        }
        Dataset<Row> fresh = extract(raw).withColumn("run_id", lit(runId)).withColumn(PREVIOUS, lit(null).cast("string"));
        Dataset<Row> all = previousArticles == null ? fresh : previousRows(previousArticles).unionByName(fresh);
        try {
            // The expensive part (read, annotate, extract) runs once, in one pass written to staging;
            // every later step reads those files: nothing per article is cached in memory.
            Dataset<Row> extracted = writer.checkpoint(EXTRACTED, MarkDuplicates.numbered(all));
            Dataset<Row> articles = MarkDuplicates.apply(extracted, writer.checkpoint(DUPLICATES, MarkDuplicates.decisions(extracted)));
            Map<String, Long> byStatus = new TreeMap<>();
            Map<String, Long> rejectedByReason = new TreeMap<>();
            for (Row r : articles.where(col("run_id").equalTo(runId)).groupBy("status", "reject_reason").count().collectAsList()) {
                String status = r.getString(0);
                byStatus.merge(status, r.getLong(2), Long::sum);
                if ("rejected".equals(status)) {
                    rejectedByReason.put(r.getString(1), r.getLong(2));
                }
            }
            millis.put("read_annotate_extract", System.currentTimeMillis() - start);
            long read = byStatus.values().stream().mapToLong(Long::longValue).sum();
            long accepted = byStatus.getOrDefault("accepted", 0L);
            if (accepted == 0 && skipped == 0) {
                throw new NoValidArticleException("no valid article in the input: " + read + " read, "
                        + byStatus.getOrDefault("rejected", 0L) + " rejected " + rejectedByReason + ", "
                        + byStatus.getOrDefault(MarkDuplicates.DUPLICATE, 0L) + " duplicates");
            }

            long t = System.currentTimeMillis();
            Dataset<Row> incidents = incidents(articles, previousIncidents);
            Dataset<Row> articleRows = articles.drop("incidents").withColumn("year", year(col("published_date")));
            Dataset<Row> incidentRows = incidents.withColumn("year", year(col("event_date")));
            if (previousArticles == null) {
                writer.stageTable("articles", articleRows.drop(PREVIOUS), "year");
                writer.stageTable("incidents", incidentRows.drop("_run_id"), "year");
            } else {
                Column changed = col(PREVIOUS).isNull().or(col(PREVIOUS).notEqual(statusKey()));
                writer.stagePartitions("articles", touchedYears(articleRows, changed, null).drop(PREVIOUS), "year");
                Dataset<Row> removed = previousIncidents.join(incidents.select("incident_id"), "incident_id", "left_anti")
                        .withColumn("year", year(col("event_date")));
                writer.stagePartitions("incidents", touchedYears(incidentRows, col("_run_id").equalTo(runId), removed).drop("_run_id"), "year");
            }
            writer.stageTable("events", ClusterEvents.apply(incidents.drop("_run_id"), config.rules()).withColumn("year", year(col("event_date"))), "year");
            Dataset<Row> events = writer.staged(spark, "events");
            writer.stageSingleFile("casualty_trends", AggregateTrends.apply(events.drop("year")));
            long nIncidents = incidents.count();
            long nEvents = events.count();
            long nTrends = writer.staged(spark, "casualty_trends").count();
            writer.commit();
            millis.put("write", System.currentTimeMillis() - t);
            millis.put("total", System.currentTimeMillis() - start);
            RunSummary summary = new RunSummary(runId, inputs, output, config.hash(), incremental, read + skipped, skipped,
                    accepted, byStatus.getOrDefault("rejected", 0L), byStatus.getOrDefault(MarkDuplicates.DUPLICATE, 0L),
                    rejectedByReason, nIncidents, nEvents, nTrends, millis, "succeeded");
            writeManifest(output, summary);
            return summary;
        } catch (RuntimeException e) {
            millis.put("total", System.currentTimeMillis() - start);
            writeManifest(output, new RunSummary(runId, inputs, output, config.hash(), incremental, 0, skipped, 0, 0, 0,
                    Map.of(), 0, 0, 0, millis, "failed: " + e.getMessage()));
            throw e;
        }
    }

    /** Incidents of the accepted articles: the new ones, and the earlier ones whose article is still accepted. */
    private Dataset<Row> incidents(Dataset<Row> articles, Dataset<Row> previousIncidents) {
        Dataset<Row> fresh = articles.where(col("incidents").isNotNull())
                .select(col("published_date"), col("run_id").as("_run_id"), explode(col("incidents")).as("i"))
                .select(col("i.*"), col("published_date"), col("_run_id"));
        if (previousIncidents == null) {
            return fresh;
        }
        Dataset<Row> stillAccepted = articles.where(col("status").equalTo("accepted").and(col(PREVIOUS).isNotNull()))
                .select("article_id");
        Dataset<Row> kept = previousIncidents.join(stillAccepted, "article_id", "left_semi")
                .drop("year").withColumn("_run_id", lit(null).cast("string"));
        return kept.unionByName(fresh);
    }

    /** Rows of the previous articles table, shaped like freshly extracted ones; their status remembered. */
    private static Dataset<Row> previousRows(Dataset<Row> previous) {
        return previous.drop("year")
                .withColumn("incidents", lit(null).cast(Schemas.INCIDENTS))
                .withColumn(PREVIOUS, statusKey());
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

    private Dataset<Row> previousTable(String output, String table) {
        Path path = new Path(output, table);
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(path) ? spark.read().parquet(path.toString()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the previous table " + path + ": " + e.getMessage(), e);
        }
    }

    private void writeManifest(String output, RunSummary summary) {
        Path path = new Path(output, "_runs/" + summary.runId() + ".json");
        try (FSDataOutputStream out = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).create(path, true)) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue((java.io.OutputStream) out, summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run manifest " + path + ": " + e.getMessage(), e);
        }
    }

    /** The input held no article that could be read: the run fails instead of writing empty tables. */
    public static final class NoValidArticleException extends RuntimeException {
        public NoValidArticleException(String message) {
            super(message);
        }
    }
}
