package org.casualtytrends.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casualtytrends.bench.SyntheticArchive.Format;
import org.casualtytrends.bench.SyntheticArchive.GeneratedArticle;
import org.casualtytrends.bench.SyntheticArchive.Options;
import org.casualtytrends.bench.SyntheticArchive.Summary;
import org.casualtytrends.bench.SyntheticArchive.Truth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticArchiveTest {
    private static final int SAMPLE = 10_000;
    private static final Options SAMPLE_OPTIONS = new Options(SAMPLE, 0.3, 7, Format.JSONL, 1000);
    private static final Pattern TXT = Pattern.compile("date (\\d{4}-\\d{2}-\\d{2}) (.+)", Pattern.DOTALL);
    private static List<GeneratedArticle> sample;

    @BeforeAll
    static void generateSample() {
        sample = new ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            sample.add(SyntheticArchive.article(i, SAMPLE_OPTIONS));
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void sameSeedWritesTheSameBytes(Format format, @TempDir Path first, @TempDir Path second) throws IOException {
        Options options = new Options(250, 0.5, 11, format, 100);
        Summary a = SyntheticArchive.write(first.resolve("archive"), options);
        Summary b = SyntheticArchive.write(second.resolve("archive"), options);
        assertEquals(a, b);
        Map<Path, byte[]> filesA = contents(first.resolve("archive"));
        Map<Path, byte[]> filesB = contents(second.resolve("archive"));
        assertEquals(filesA.keySet(), filesB.keySet());
        filesA.forEach((path, bytes) -> assertArrayEquals(bytes, filesB.get(path), path.toString()));
        assertEquals(a.bytes(), filesA.values().stream().mapToLong(bytes -> bytes.length).sum());
        assertEquals(format == Format.TXT ? 250 : 3, a.files());
    }

    @Test
    void differentSeedsGiveDifferentArticles() {
        GeneratedArticle a = SyntheticArchive.article(5, new Options(10, 0.5, 1, Format.JSONL, 10));
        GeneratedArticle b = SyntheticArchive.article(5, new Options(10, 0.5, 2, Format.JSONL, 10));
        assertNotEquals(a.text(), b.text());
    }

    @Test
    void anArticleDependsOnlyOnSeedShareAndIndex() {
        GeneratedArticle inSmallArchive = SyntheticArchive.article(42, new Options(50, 0.3, 7, Format.TXT, 5));
        assertEquals(sample.get(42), inSmallArchive);
        assertEquals("syn-000000042", inSmallArchive.id());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.3, 0.8})
    void conflictShareIsMetWithinTwoPercent(double share) {
        Options options = new Options(SAMPLE, share, 3, Format.JSONL, 1000);
        long conflict = 0;
        for (int i = 0; i < SAMPLE; i++) {
            if (SyntheticArchive.article(i, options).conflict()) {
                conflict++;
            }
        }
        assertEquals(share, conflict / (double) SAMPLE, 0.02);
    }

    @Test
    void meanLengthIsAboutOneKilobyteAndLengthsSpreadLikeRealStories() {
        long[] lengths = sample.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sorted().toArray();
        double mean = Arrays.stream(lengths).average().orElseThrow();
        assertTrue(mean >= 800 && mean <= 1300, "mean " + mean);
        assertTrue(lengths[0] >= 200, "shortest " + lengths[0]);
        assertTrue(lengths[SAMPLE / 100] >= 300, "1st percentile " + lengths[SAMPLE / 100]);
        assertTrue(lengths[SAMPLE - SAMPLE / 100] >= 2000, "99th percentile " + lengths[SAMPLE - SAMPLE / 100]);
        assertTrue(lengths[SAMPLE - 1] >= 3500, "longest " + lengths[SAMPLE - 1]);
    }

    @Test
    void everyArticleHasSeveralParagraphsAndNoTemplateLeftovers() {
        for (GeneratedArticle article : sample) {
            assertTrue(article.text().split("\n\n").length >= 2, article.id());
            assertFalse(article.text().contains("{") || article.text().contains("}") || article.title().contains("{"), article.id());
            assertFalse(article.text().contains("  "), article.id() + ": double space");
            assertFalse(Character.isLowerCase(article.text().codePointAt(0)), article.id());
        }
    }

    @Test
    void conflictTruthFiguresAndProvinceAppearInTheText() {
        FigureWords words = FigureWords.load("classpath:conf/bench/number-words.txt");
        int conflict = 0;
        for (GeneratedArticle article : sample) {
            if (!article.conflict()) {
                continue;
            }
            conflict++;
            Truth truth = article.truth();
            assertNotNull(truth, article.id());
            assertTrue(truth.killed() != null || truth.captured() != null, article.id());
            for (Integer figure : new Integer[] {truth.killed(), truth.injured(), truth.captured()}) {
                if (figure != null) {
                    assertTrue(statesFigure(article.text(), figure, words), article.id() + " lacks " + figure + ": " + article.text());
                }
            }
            assertTrue(article.text().contains(truth.province()), article.id() + " lacks " + truth.province());
            long daysBefore = ChronoUnit.DAYS.between(truth.eventDate(), article.published());
            assertTrue(daysBefore >= 0 && daysBefore <= 6, article.id() + ": event " + daysBefore + " days before publication");
        }
        assertTrue(conflict > 2500, "conflict articles " + conflict);
    }

    @Test
    void truthProvincesAreGazetteerNames() throws IOException {
        String gazetteer = Files.readString(Path.of("conf/gazetteer/afg_provinces.tsv"));
        List<String> names = gazetteer.lines().skip(1).map(line -> line.split("\t")[1]).collect(Collectors.toList());
        assertEquals(34, names.size());
        sample.stream().filter(GeneratedArticle::conflict)
                .forEach(article -> assertTrue(names.contains(article.truth().province()), article.truth().province()));
    }

    @Test
    void otherArticlesHaveNoTruthAndSomeUseCasualtyWordsOutsideWar() {
        long outsideWar = sample.stream().filter(article -> !article.conflict())
                .peek(article -> assertNull(article.truth(), article.id()))
                .filter(article -> article.text().matches("(?s).*\\b(killed|injured)\\b.*"))
                .count();
        assertTrue(outsideWar > 200, "non-conflict articles saying killed or injured: " + outsideWar);
    }

    @Test
    void datesSpread2009To2013() {
        assertTrue(sample.stream().allMatch(a -> a.published().getYear() >= 2009 && a.published().getYear() <= 2013));
        assertEquals(5, sample.stream().map(a -> a.published().getYear()).distinct().count());
    }

    @Test
    void txtFilesParseAsDateAndTextInFoldersOfAtMostAThousand(@TempDir Path dir) throws IOException {
        Options options = new Options(1200, 0.3, 7, Format.TXT, 5000);
        Summary summary = SyntheticArchive.write(dir, options);
        assertEquals(new Summary(1200, sample.subList(0, 1200).stream().filter(GeneratedArticle::conflict).count(),
                summary.bytes(), 1200), summary);
        try (Stream<Path> folders = Files.list(dir)) {
            assertEquals(List.of("part-00000", "part-00001"), folders.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> files = Files.list(dir.resolve("part-00000"))) {
            assertEquals(1000, files.count());
        }
        String content = Files.readString(dir.resolve("part-00001/syn-000001042.txt"));
        Matcher matcher = TXT.matcher(content);
        assertTrue(matcher.matches(), content);
        GeneratedArticle article = sample.get(1042);
        assertEquals(article.published(), LocalDate.parse(matcher.group(1)));
        assertEquals(article.title() + "\n\n" + article.text() + "\n", matcher.group(2));
    }

    @Test
    void jsonlLinesParseWithAllFields(@TempDir Path dir) throws IOException {
        Summary summary = SyntheticArchive.write(dir, new Options(230, 0.3, 7, Format.JSONL, 100));
        assertEquals(3, summary.files());
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String file : List.of("part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl")) {
            lines.addAll(Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8));
        }
        assertEquals(230, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node = json.readTree(lines.get(i));
            GeneratedArticle article = sample.get(i);
            assertEquals(List.of("id", "published", "title", "text", "source", "url"), fieldNames(node));
            assertEquals(article.id(), node.get("id").asText());
            assertEquals(article.published().toString(), node.get("published").asText());
            assertEquals(article.title(), node.get("title").asText());
            assertEquals(article.text(), node.get("text").asText());
            assertEquals(article.source(), node.get("source").asText());
            assertTrue(node.get("url").asText().matches("https://[a-z0-9-]+\\.example/\\d{4}/\\d{2}/\\d{2}/syn-\\d{9}"),
                    node.get("url").asText());
        }
    }

    @Test
    void theFollowingArticlesAreNumberedAfterTheArchiveAndPublishedInTheDaysAfterItAtItsRate(@TempDir Path dir) throws IOException {
        Options following = SAMPLE_OPTIONS.following(100);
        assertEquals(new Options(100, 0.3, 7, Format.JSONL, 1000, SAMPLE, LocalDate.of(2014, 1, 1), 18), following);
        Summary summary = SyntheticArchive.write(dir, following);
        assertEquals(100, summary.articles());
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(dir.resolve("part-00000.jsonl"), StandardCharsets.UTF_8);
        assertEquals(100, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node = json.readTree(lines.get(i));
            assertEquals(String.format("syn-%09d", SAMPLE + i), node.get("id").asText());
            LocalDate published = LocalDate.parse(node.get("published").asText());
            assertFalse(published.isBefore(LocalDate.of(2014, 1, 1)) || published.isAfter(LocalDate.of(2014, 1, 18)), published.toString());
        }
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Options(-1, 0.3, 1, Format.TXT, 10));
        assertThrows(IllegalArgumentException.class, () -> new Options(10, 1.5, 1, Format.TXT, 10));
        assertThrows(IllegalArgumentException.class, () -> new Options(10, 0.3, 1, Format.JSONL, 0));
        assertThrows(IllegalArgumentException.class, () -> new Options(10, 0.3, 1, Format.JSONL, 10, -1, LocalDate.of(2014, 1, 1), 1));
        assertThrows(IllegalArgumentException.class, () -> new Options(10, 0.3, 1, Format.JSONL, 10, 0, LocalDate.of(2014, 1, 1), 0));
    }

    /** The figure as digits, in words, as a vague quantifier that stands for it, or as "a"/"an" for one person. */
    private static boolean statesFigure(String text, int figure, FigureWords words) {
        List<String> forms = new ArrayList<>(words.vagueWords(figure));
        forms.add(Integer.toString(figure));
        forms.add(words.words(figure));
        if (figure == 1) {
            forms.add("a");
            forms.add("an");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return forms.stream().anyMatch(form -> Pattern.compile("(?<![\\w,.-])" + Pattern.quote(form.toLowerCase(Locale.ROOT))
                + "(?!\\w|[,.]\\d|-\\w)").matcher(lower).find());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<Path, byte[]> contents(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).collect(Collectors.toMap(root::relativize, path -> {
                try {
                    return Files.readAllBytes(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }
}
