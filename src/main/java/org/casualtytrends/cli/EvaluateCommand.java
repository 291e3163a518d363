package org.casualtytrends.cli;

import org.apache.spark.sql.SparkSession;
import org.casualtytrends.config.JobConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casualtytrends.evaluate.DevSplit;
import org.casualtytrends.evaluate.Evaluation;
import org.casualtytrends.evaluate.EvaluationReport;
import org.casualtytrends.evaluate.Gold;
import org.casualtytrends.ingest.ReadArticles;
import org.casualtytrends.model.Incident;
import org.casualtytrends.pipeline.CasualtyTrendsPipeline;
import org.casualtytrends.pipeline.InMemoryPrediction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code evaluate --gold FILE --input DIR [--spark]}: runs the extraction over articles and scores it
 * against human gold; the articles go through the stages' per-article functions on this JVM
 * ({@link InMemoryPrediction}), or through the Spark job with {@code --spark}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score the extraction against gold (ISAF per-article or news per-incident format).")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold file (JSON Lines).")
    Path gold;

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH", description = "The articles the gold codes.")
    List<String> inputs;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the whole report as JSON here.")
    Path report;

    @Option(names = "--spark", description = "Predict with the Spark job's stages as a run does, instead of their "
            + "per-article functions called on this JVM (the same incidents, several times slower).")
    boolean sparkJob;

    @Mixin
    SparkOptions sparkOptions;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("gold file not found: " + gold);
        }
        Gold goldSet = Evaluation.readGold(gold);
        JobConfig config = sparkOptions.jobConfig();
        ReadArticles.checkInputs(sparkOptions.hadoopConfiguration(config), inputs);
        SparkSession spark = sparkOptions.start(config);
        try {
            List<Incident> predictions = sparkJob
                    ? new CasualtyTrendsPipeline(spark, config).predictIncidents(inputs)
                    : InMemoryPrediction.predictIncidents(spark, config, inputs);
            EvaluationReport result = Evaluation.score(goldSet, predictions);
            Map<DevSplit, EvaluationReport> halves = Evaluation.scoreHalves(goldSet, predictions);
            System.out.println(result.table());
            System.out.println(Evaluation.halvesTable(result, halves));
            if (report != null) {
                ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ObjectNode root = (ObjectNode) json.readTree(result.toJson());
                ObjectNode byHalf = root.putObject("halves");
                for (Map.Entry<DevSplit, EvaluationReport> half : halves.entrySet()) {
                    byHalf.set(half.getKey().label(), json.readTree(half.getValue().toJson()).get("metrics"));
                }
                Files.writeString(report, json.writeValueAsString(root), StandardCharsets.UTF_8);
                System.out.println("report: " + report);
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + report + ": " + e.getMessage(), e);
        } finally {
            sparkOptions.stop(spark);
        }
    }
}
