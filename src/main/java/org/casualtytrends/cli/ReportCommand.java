package org.casualtytrends.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.pipeline.RunProgress;
import org.casualtytrends.report.TrendReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code report --output DIR}: the analysts' page over an existing output folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write report/index.html under an output folder of `run`: the run, monthly trends, the province x month heat map, the largest and disputed events with their evidence, data quality.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--output", required = true, paramLabel = "DIR", description = "An output folder written by `run`.")
    String output;

    @Option(names = "--run-id", paramLabel = "ID", description = "The run whose manifest the page shows (default: the newest successful run).")
    String runId;

    @Mixin
    SparkOptions sparkOptions;

    @Override
    public Integer call() {
        JobConfig config = sparkOptions.jobConfig();
        TrendReport.checkOutput(new Configuration(), output, runId);
        SparkSession spark = sparkOptions.start(config);
        try {
            RunProgress.step(spark, "report");
            System.out.println("report: " + TrendReport.write(spark, output, runId));
            return 0;
        } finally {
            sparkOptions.stop(spark);
        }
    }
}
