package org.casualtytrends.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.JobConfig;
import org.casualtytrends.model.Incident;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's table of province spellings is what the job writes: an article told with the spelling news
 * writes, read, annotated and extracted as a run does, has the {@code province} and
 * {@code province_code} README tells users to filter on.
 */
class ProvinceSpellingsTest {
    private static final Pattern SECTION = Pattern.compile("#### Province names[^\\n]*\\n(.*?)\\n#", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("^\\| ([^|`]+?) \\| ([^|`]+?) \\| ([A-Z0-9]+) \\|$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void theSpellingsReadmeDocumentsAreTheOnesTheIncidentsCarry() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher section = SECTION.matcher(readme);
        assertTrue(section.find(), "README has the province names section");
        Matcher row = ROW.matcher(section.group(1));
        List<String> documented = new ArrayList<>();
        List<String> extracted = new ArrayList<>();
        for (int n = 0; row.find(); n++) {
            Path article = dir.resolve("p" + n + ".txt");
            Files.writeString(article, "date 2021-03-15 A roadside bomb killed four soldiers in " + row.group(1)
                    + " province on Sunday, officials said.\n", StandardCharsets.UTF_8);
            List<Incident> incidents = InMemoryPrediction.predictIncidents(SharedSpark.get(), JobConfig.defaults(),
                    List.of(article.toString()));
            documented.add(row.group(1) + " -> " + row.group(2) + " " + row.group(3));
            extracted.add(row.group(1) + " -> " + (incidents.size() != 1 ? incidents.size() + " incidents"
                    : incidents.get(0).province() + " " + incidents.get(0).provinceCode()));
        }
        assertTrue(documented.size() >= 5, "the table lists spellings: " + documented);
        assertEquals(documented, extracted);
    }
}
