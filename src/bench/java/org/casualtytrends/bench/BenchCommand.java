package org.casualtytrends.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.spark.sql.SparkSession;
import org.casualtytrends.cli.ExtraCommand;
import org.casualtytrends.cli.SparkOptions;
import org.casualtytrends.config.JobConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code bench}: the floor and the job over one generated archive, in one run. Joins the job's
 * command line as an {@link ExtraCommand} when the bench jar is on the classpath.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate a synthetic archive, then measure a plain Spark floor and the full job over it.")
public final class BenchCommand implements ExtraCommand {
    @Option(names = "--articles", defaultValue = "10000", paramLabel = "N", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    long articles;

    @Option(names = "--conflict-share", defaultValue = "0.2", paramLabel = "SHARE", description = "Share of articles that report casualties, 0..1 (default: ${DEFAULT-VALUE}).")
    double conflictShare;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "JSONL", paramLabel = "jsonl|txt", description = "Archive format, in any case: JSON Lines files or one .txt per article (default: jsonl).")
    SyntheticArchive.Format format;

    @Option(names = "--articles-per-file", defaultValue = "20000", paramLabel = "N", description = "JSONL lines per file (default: ${DEFAULT-VALUE}).")
    int articlesPerFile;

    @Option(names = "--work", paramLabel = "DIR", description = "Where to put the archive and outputs (default: a temporary folder, deleted after).")
    Path work;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as one JSON object.")
    Path json;

    @Mixin
    SparkOptions sparkOptions;

    @Override
    public Integer call() throws IOException {
        if (articles < 1) {
            throw new IllegalArgumentException("--articles must be at least 1");
        }
        SyntheticArchive.Options options = new SyntheticArchive.Options(articles, conflictShare, seed, format, articlesPerFile);
        JobConfig config = sparkOptions.jobConfig();
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("casualty-trends-bench");
        SparkSession spark = sparkOptions.start(config);
        try {
            BenchHarness.Result result = BenchHarness.run(spark, config, options, dir);
            System.out.print(result.table());
            if (json != null) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), result);
            }
            return 0;
        } finally {
            sparkOptions.stop(spark);
            if (work == null) {
                deleteTree(dir);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
