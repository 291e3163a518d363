package org.casualtytrends.pipeline;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.annotate.AnnotateArticles;
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

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

/**
 * The whole job, stage by stage: read archives, annotate, extract incidents, mark duplicate texts,
 * cluster events, aggregate trends, write the four tables. {@link #run} reads top to bottom as that
 * flow; the bookkeeping around it lives in small classes beside it: {@link PreviousTables} (what an
 * incremental run keeps and skips), {@link ArticleCounts}, {@link StepTimer}, {@link RunSummary} and
 * {@link RunManifest}.
 */
public final class CasualtyTrendsPipeline {
    public static final List<String> TABLES = List.of("articles", "incidents", "events", "casualty_trends");
    private static final String EXTRACTED = "extracted";
    private static final String DUPLICATES = "duplicates";

    private final SparkSession spark;
    private final JobConfig config;

    public CasualtyTrendsPipeline(SparkSession spark, JobConfig config) {
        this.spark = spark;
        this.config = config;
    }

    /** Stages 1-3 over raw article rows: annotate and extract; rows of {@link Schemas#EXTRACTED_ARTICLE}, counted as they pass ({@link RunProgress}). */
    public Dataset<Row> extract(Dataset<Row> rawArticles) {
        RunProgress.input(spark, rawArticles);
        return RunProgress.counted(spark, ExtractIncidents.apply(AnnotateArticles.apply(rawArticles, config.rules()), config.rules()));
    }

    /** The incidents of the accepted, de-duplicated articles of {@code inputs}, collected: for evaluation sets, not archives. */
    public List<Incident> predictIncidents(List<String> inputs) {
        // Evaluation sets are small: held in memory, so that the rows keep their numbers.
        RunProgress.step(spark, "read, annotate, extract");
        Dataset<Row> numbered = MarkDuplicates.numbered(extract(ReadArticles.apply(spark, inputs))).persist();
        try {
            Dataset<Row> articles = MarkDuplicates.apply(numbered, MarkDuplicates.decisions(numbered));
            return articles.where(col("incidents").isNotNull())
                    .select(explode(col("incidents")).as("i")).select("i.*")
                    .collectAsList().stream().map(IncidentRows::fromRow).toList();
        } finally {
            numbered.unpersist();
            RunProgress.end(spark);
        }
    }

    /**
     * Runs the job over {@code inputs} into {@code output}; an incremental run builds on the tables
     * earlier runs left there. Writes the run's manifest whether it succeeds or fails (once the
     * stages are wired; wrong inputs fail before).
     */
    public RunSummary run(List<String> inputs, String output, String runId, boolean incremental) {
        RunRequest request = new RunRequest(inputs, output, runId, incremental);
        StepTimer timer = new StepTimer();
        RunManifest manifest = new RunManifest(spark.sparkContext().hadoopConfiguration());
        RunProgress.step(spark, "read, annotate, extract");
        // First finishes or clears what an earlier run left half done, so the previous tables are whole.
        TableWriter writer = new TableWriter(spark.sparkContext().hadoopConfiguration(), output, runId, config.maxRecordsPerFile());
        PreviousTables previous = incremental ? PreviousTables.read(spark, output) : PreviousTables.none();

        long skipped = 0;
        try {
            PreviousTables.Unseen unseen = previous.unseen(ReadArticles.apply(spark, inputs));
            skipped = unseen.skipped();
            Dataset<Row> extracted = previous.withPreviousArticles(extract(unseen.articles()).withColumn("run_id", lit(runId)));
            Dataset<Row> articles = stageArticles(writer, extracted);
            ArticleCounts counts = ArticleCounts.of(articles, runId);
            timer.endStep("read_annotate_extract");
            counts.requireSomeValid(skipped);

            RunProgress.step(spark, "write articles and incidents");
            Dataset<Row> incidents = previous.incidents(articles);
            previous.stageArticlesAndIncidents(writer, articles, incidents, runId);
            RunProgress.step(spark, "cluster events");
            Dataset<Row> events = stageEvents(writer, incidents);
            RunProgress.step(spark, "aggregate trends");
            stageTrends(writer, events);
            RunProgress.step(spark, "count and commit");
            long nIncidents = incidents.count();
            long nEvents = events.count();
            long nTrends = writer.staged(spark, "casualty_trends").count();
            writer.commit();
            timer.endStep("write");

            RunSummary summary = RunSummary.succeeded(request, config.hash(), counts, skipped,
                    nIncidents, nEvents, nTrends, timer.withTotal(), SparkSessions.recorded(spark));
            manifest.write(summary);
            return summary;
        } catch (Exception e) {
            // Exception, not RuntimeException: Spark's own failures (a task that fails on every try)
            // are checked SparkExceptions, thrown from Scala without being declared.
            try {
                manifest.write(RunSummary.failed(request, config.hash(), skipped, timer.withTotal(), SparkSessions.recorded(spark), e));
            } catch (RuntimeException unwritten) {
                e.addSuppressed(unwritten);
            }
            throw e;
        } finally {
            RunProgress.end(spark);
        }
    }

    /**
     * Stages 1-3 and the duplicate marks: the expensive part (read, annotate, extract) runs once, in
     * one pass written to staging; every later step reads those files, so nothing per article is
     * cached in memory. Returns the article rows, incidents nested, duplicates marked.
     */
    private Dataset<Row> stageArticles(TableWriter writer, Dataset<Row> extracted) {
        Dataset<Row> numbered = writer.checkpoint(EXTRACTED, MarkDuplicates.numbered(extracted));
        RunProgress.step(spark, "mark duplicates");
        return MarkDuplicates.apply(numbered, writer.checkpoint(DUPLICATES, MarkDuplicates.decisions(numbered)));
    }

    /** The events of all incidents, staged by year; returns them read back. */
    private Dataset<Row> stageEvents(TableWriter writer, Dataset<Row> incidents) {
        Dataset<Row> events = ClusterEvents.apply(incidents.drop(PreviousTables.FOUND_BY_RUN), config.rules());
        writer.stageTable("events", events.withColumn("year", year(col("event_date"))), "year");
        return writer.staged(spark, "events");
    }

    /** The monthly trends of the staged events, as one file. */
    private static void stageTrends(TableWriter writer, Dataset<Row> events) {
        writer.stageSingleFile("casualty_trends", AggregateTrends.apply(events.drop("year")));
    }

    /** The input held no article that could be read: the run fails instead of writing empty tables. */
    public static final class NoValidArticleException extends RuntimeException {
        public NoValidArticleException(String message) {
            super(message);
        }
    }
}
