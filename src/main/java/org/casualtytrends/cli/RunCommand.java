package org.casualtytrends.cli;

import org.apache.spark.sql.SparkSession;
import org.casualtytrends.ingest.ReadArticles;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.pipeline.CasualtyTrendsPipeline;
import org.casualtytrends.pipeline.RunProgress;
import org.casualtytrends.pipeline.RunSummary;
import org.casualtytrends.report.TrendReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code run --input PATH... --output DIR}: the whole job. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Read article archives, extract incidents, write articles, incidents, events and casualty_trends as Parquet, and the report (report/index.html).")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Files, folders (read recursively) or globs: .txt, .jsonl/.json, .gz, .zip, .tar.gz/.tgz.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder of the output tables.")
    String output;

    @Option(names = "--run-id", paramLabel = "ID", description = "Name of this run in the tables and its manifest (default: UTC time).")
    String runId;

    @Option(names = "--incremental", description = "Process only articles not seen by earlier runs into this output (by article id and content hash); rebuild events and trends.")
    boolean incremental;

    @Mixin
    SparkOptions sparkOptions;

    @Override
    public Integer call() {
        JobConfig config = sparkOptions.jobConfig();
        String id = runId != null ? runId : ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        ReadArticles.checkInputs(sparkOptions.hadoopConfiguration(config), inputs);
        SparkSession spark = sparkOptions.start(config, Logs.ofRun(output, id));
        try {
            RunSummary summary = new CasualtyTrendsPipeline(spark, config).run(inputs, output, id, incremental);
            System.out.print(SummaryTable.of(summary));
            try {
                RunProgress.step(spark, "report");
                System.out.println("report: " + TrendReport.write(spark, output, id));
            } catch (RuntimeException e) {
                // The tables are written and the run succeeded: a failed page does not fail it (`report` makes it again).
                System.err.println("casualty-trends: the tables are written, but the report failed: " + e
                        + "; make it with: casualty-trends report --output " + output);
            }
            Logs.written().ifPresent(log -> System.out.println("log: " + log));
            return 0;
        } catch (CasualtyTrendsPipeline.NoValidArticleException e) {
            System.err.println("casualty-trends: " + e.getMessage());
            return 1;
        } finally {
            sparkOptions.stop(spark);
        }
    }
}
