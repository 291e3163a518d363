package org.casualtytrends.pipeline;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.annotate.AnnotateArticles;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.duplicates.MarkDuplicates;
import org.casualtytrends.events.ClusterEvents;
import org.casualtytrends.extract.ExtractIncidents;
import org.casualtytrends.ingest.InputListing;
import org.casualtytrends.ingest.ReadArticles;
import org.casualtytrends.model.Incident;
import org.casualtytrends.output.OutputLock;
import org.casualtytrends.output.ParquetRows;
import org.casualtytrends.output.RunId;
import org.casualtytrends.output.TableWriter;
import org.casualtytrends.tables.IncidentRows;
import org.casualtytrends.tables.Schemas;
import org.casualtytrends.trends.AggregateTrends;

import java.util.ArrayList;
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
        return RunProgress.counted(spark, ExtractIncidents.apply(AnnotateArticles.apply(rawArticles, config.rules(), config.maxArticleChars()),
                config.rules()));
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
     * earlier runs left there. One run at a time writes an output ({@link OutputLock}): a second is
     * refused. Writes the run's manifest however it ends: succeeded, failed (the previous tables
     * intact) or refused; and that of a run found killed (its lock left behind).
     */
    public RunSummary run(List<String> inputs, String output, String runId, boolean incremental) {
        RunRequest request = new RunRequest(inputs, output, RunId.check(runId), incremental);
        StepTimer timer = new StepTimer();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        RunManifest manifest = new RunManifest(hadoop);
        List<String> warnings = new ArrayList<>();
        RunProgress.step(spark, "read, annotate, extract");
        long skipped = 0;
        InputListing listing = null;
        try (OutputLock lock = OutputLock.acquire(hadoop, output, runId)) {
            if (lock.takenOver() != null) {
                warnings.add("took over the lock of " + lock.takenOver().describe() + ", which ended without finishing; "
                        + "what it left half done was completed or cleared");
                if (lock.takenOver().runId() != null) {
                    manifest.writeIfAbsent(RunSummary.abandoned(lock.takenOver().runId(), output,
                            "failed: ended without finishing (found gone by run " + runId + ")"));
                }
            }
            // First finishes or clears what an earlier run left half done, so the previous tables are whole.
            TableWriter writer = new TableWriter(hadoop, output, runId, config.maxRecordsPerFile());
            PreviousTables previous = incremental ? PreviousTables.read(spark, output) : PreviousTables.none();
            listing = InputListing.of(hadoop, ReadArticles.checkInputs(hadoop, inputs));
            if (listing.files().isEmpty() && !incremental) {
                throw new NoInputException("the input holds no file to read (" + listing.skipped()
                        + " skipped): a full run would replace the tables with empty ones");
            }
            RunProgress.input(spark, listing);
            PreviousTables.Unseen unseen = previous.unseen(ReadArticles.apply(spark, listing));
            skipped = unseen.skipped();
            Dataset<Row> extracted = previous.withPreviousArticles(extract(unseen.articles()).withColumn("run_id", lit(runId)));
            Dataset<Row> articles = stageArticles(writer, extracted);
            ArticleCounts counts = ArticleCounts.of(articles, runId);
            timer.endStep("read_annotate_extract");
            warnings.addAll(counts.warnings(skipped));

            RunProgress.step(spark, "write articles and incidents");
            Dataset<Row> incidents = previous.incidents(articles);
            previous.stageArticlesAndIncidents(writer, articles, incidents, runId);
            RunProgress.step(spark, "cluster events");
            Dataset<Row> events = stageEvents(writer, incidents);
            RunProgress.step(spark, "aggregate trends");
            stageTrends(writer, events);
            RunProgress.step(spark, "commit");
            writer.commit();
            timer.endStep("write");
            long nIncidents = tableRows(writer, "incidents");
            long nEvents = tableRows(writer, "events");
            long nTrends = tableRows(writer, "casualty_trends");

            RunSummary summary = RunSummary.succeeded(request, listing, config.hash(), counts, skipped,
                    nIncidents, nEvents, nTrends, timer.withTotal(), SparkSessions.recorded(spark), warnings);
            manifest.write(summary);
            return summary;
        } catch (Exception e) {
            // Exception, not RuntimeException: Spark's own failures (a task that fails on every try)
            // are checked SparkExceptions, thrown from Scala without being declared.
            try {
                if (e instanceof OutputLock.LockedException) {
                    // Never over the manifest of the run that holds the output, should it have been given the same --run-id.
                    manifest.writeIfAbsent(RunSummary.ended(request, listing, config.hash(), skipped, timer.withTotal(),
                            SparkSessions.recorded(spark), warnings, "refused: " + e.getMessage()));
                } else {
                    manifest.write(RunSummary.ended(request, listing, config.hash(), skipped, timer.withTotal(),
                            SparkSessions.recorded(spark), warnings, "failed: " + e));
                }
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

    /** The rows of a table once committed, from its files' footers: no Spark job. */
    private long tableRows(TableWriter writer, String table) {
        return ParquetRows.count(spark.sparkContext().hadoopConfiguration(), writer.tablePath(table));
    }

    /** A full run over inputs that hold no file at all: it fails rather than replace the tables with empty ones. */
    public static final class NoInputException extends RuntimeException {
        public NoInputException(String message) {
            super(message);
        }
    }
}
