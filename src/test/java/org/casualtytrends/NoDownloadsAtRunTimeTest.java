package org.casualtytrends;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Nothing may be fetched at run time here: no model hub, no package download. Spark NLP's
 * {@code pretrained()} and {@code SparkNLP.start()} both reach out; the job builds its own session
 * and uses rule-based annotators only.
 */
class NoDownloadsAtRunTimeTest {
    @Test
    void mainCodeNeverCallsPretrainedOrSparkNlpStart() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> {
                        try {
                            String code = Files.readString(f);
                            return code.contains(".pretrained(") || code.contains("SparkNLP.start") || code.contains("ResourceDownloader");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }
}
