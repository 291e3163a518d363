package org.casualtytrends.pipeline;

import org.casualtytrends.bench.SyntheticArchive;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.model.Evidence;
import org.casualtytrends.model.Incident;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The in-memory prediction of {@code evaluate} gives the Spark job's incidents, field for field, over
 * a generated archive with copies of one text, two texts under one id, hidden and bad files.
 */
class InMemoryPredictionTest {
    private static final String KUNDUZ = "date 2021-03-10 Two soldiers were killed in Kunduz province on Monday, officials said. "
            + "The Taliban claimed that 12 soldiers died.\n";
    private static final String HELMAND = "date 2021-03-11 Police detained three suspected insurgents in Helmand province, "
            + "the provincial governor said.\n";
    private static final String GHAZNI = "date 2021-03-12 A roadside bomb killed four civilians in Ghazni province on Thursday.\n";

    @TempDir
    static Path dir;
    static List<Incident> bySpark;
    static List<Incident> inMemory;

    @BeforeAll
    static void predictBothWays() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        SyntheticArchive.write(in.resolve("generated"), new SyntheticArchive.Options(240, 0.6, 17, SyntheticArchive.Format.JSONL, 80));
        write(in.resolve("kunduz.txt"), KUNDUZ);
        write(in.resolve("kunduz-copy.txt"), KUNDUZ);
        Files.write(in.resolve("kunduz-again.txt.gz"), CasualtyTrendsPipelineTest.gzip(KUNDUZ.replace(" ", "  ").getBytes(StandardCharsets.UTF_8)));
        write(Files.createDirectories(in.resolve("one")).resolve("same-id.txt"), HELMAND);
        write(Files.createDirectories(in.resolve("two")).resolve("same-id.txt"), GHAZNI);
        Files.write(in.resolve("bundle.zip"), CasualtyTrendsPipelineTest.zip(Map.of("zipped.txt", GHAZNI.replace("four", "five"))));
        write(Files.createDirectories(in.resolve("_hidden")).resolve("hidden.txt"), HELMAND.replace("three", "six"));
        Files.write(in.resolve("binary.txt"), new byte[] {0x00, 0x01, 0x02, (byte) 0xff});
        write(in.resolve("empty.txt"), "");

        List<String> inputs = List.of(in.toString());
        JobConfig config = JobConfig.defaults();
        bySpark = sorted(new CasualtyTrendsPipeline(SharedSpark.get(), config).predictIncidents(inputs));
        inMemory = sorted(InMemoryPrediction.predictIncidents(SharedSpark.get(), config, inputs));
    }

    @Test
    void bothPathsGiveTheSameIncidents() {
        assertTrue(bySpark.size() > 100, "a generated archive of 240 articles, 60% of conflict: " + bySpark.size());
        assertEquals(bySpark, inMemory);
    }

    @Test
    void copiesOfATextAndASecondTextUnderOneIdAreSetAside() {
        Map<String, List<Incident>> byArticle = inMemory.stream().collect(Collectors.groupingBy(Incident::articleId));
        assertTrue(byArticle.containsKey("kunduz"));
        assertFalse(byArticle.containsKey("kunduz-copy"));
        assertFalse(byArticle.containsKey("kunduz-again"));
        assertTrue(byArticle.containsKey("zipped"));
        assertFalse(byArticle.containsKey("hidden"));
        Set<String> sameIdSentences = byArticle.get("same-id").stream()
                .flatMap(i -> i.evidence().stream()).map(Evidence::sentence).collect(Collectors.toSet());
        boolean helmand = sameIdSentences.stream().allMatch(HELMAND::contains);
        boolean ghazni = sameIdSentences.stream().allMatch(GHAZNI::contains);
        assertTrue(helmand != ghazni, "one text of the id kept: " + sameIdSentences);
    }

    private static List<Incident> sorted(List<Incident> incidents) {
        return incidents.stream().sorted(Comparator.comparing(Incident::incidentId)).toList();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
