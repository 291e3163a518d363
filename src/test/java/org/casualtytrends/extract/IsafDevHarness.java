package org.casualtytrends.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.annotate.SentenceSplitter;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.evaluate.Evaluation;
import org.casualtytrends.geo.Gazetteer;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.Evidence;
import org.casualtytrends.model.Incident;
import org.casualtytrends.model.PlaceMention;
import org.casualtytrends.model.Sentence;

/**
 * A quick measure of the extractor on the ISAF releases of ../shared/eval/isaf-dev, with crude
 * annotations standing in for Spark NLP's: the project's sentence splitter, gazetteer names found on
 * word boundaries, candidate sentences by the casualty cues. Scores as the ISAF gold counts: per
 * release, killed and captured summed over primary incidents, the provinces and first date of the incidents
 * with figures (primary ones when any has a figure), as the project's ISAF scorer does, which is
 * reported beside: the gold sums the operations a release reports, not its background references.
 */
final class IsafDevHarness {
    static final Path DIR = Path.of("../shared/eval/isaf-dev");
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\s*date (\\d{4}-\\d\\d-\\d\\d) ");

    /**
     * @param metrics      name to {hits, n}, scored as the project's ISAF scorer does
     * @param failures     one line per article with something wrong
     * @param leadScorer   the project's evaluation of the same predictions
     */
    record Result(Map<String, double[]> metrics, List<String> failures, String leadScorer) {
        double share(String metric) {
            double[] m = metrics.get(metric);
            return m[1] == 0 ? Double.NaN : m[0] / m[1];
        }
    }

    private IsafDevHarness() {
    }

    static Result run() throws IOException {
        IncidentExtractor extractor = IncidentExtractor.defaults();
        SentenceSplitter splitter = SentenceSplitter.of(RuleBundle.packaged());
        Pattern places = placePattern(Gazetteer.defaults().surfaceForms());
        Pattern cues = Pattern.compile("(?i)\\b(?:" + String.join("|", RuleBundle.packaged().table(RuleFile.CASUALTY_CUES).rows()
                .stream().map(row -> row.get("pattern")).toList()) + ")\\b");
        Map<String, double[]> metrics = new LinkedHashMap<>();
        for (String name : List.of("killed_exact_any", "captured_exact_any", "province_set_exact", "event_date_exact",
                "killed_precision", "killed_recall", "captured_precision", "captured_recall")) {
            metrics.put(name, new double[2]);
        }
        List<String> failures = new ArrayList<>();
        List<Incident> all = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(DIR.resolve("gold.jsonl"))) {
            JsonNode gold = json.readTree(line);
            String id = gold.get("article_id").asText();
            String raw = Files.readString(DIR.resolve("articles").resolve(id + ".txt"));
            Matcher prefix = DATE_PREFIX.matcher(raw);
            if (!prefix.find()) {
                throw new IllegalStateException(id + ": no date prefix");
            }
            AnnotatedDocument doc = annotate(id, LocalDate.parse(prefix.group(1)), raw.substring(prefix.end()), splitter, places, cues);
            List<Incident> incidents = extractor.extract(doc);
            all.addAll(incidents);
            List<Incident> primary = incidents.stream().filter(Incident::isPrimary).toList();
            int killed = primary.stream().mapToInt(i -> Objects.requireNonNullElse(i.killedBest(), 0)).sum();
            int captured = primary.stream().mapToInt(i -> Objects.requireNonNullElse(i.capturedBest(), 0)).sum();
            List<Incident> withFigures = incidents.stream().filter(i -> !i.evidence().isEmpty()).toList();
            List<Incident> primaryWithFigures = withFigures.stream().filter(Incident::isPrimary).toList();
            List<Incident> figured = primaryWithFigures.isEmpty() ? withFigures : primaryWithFigures;
            List<Incident> scored = figured.isEmpty() ? incidents : figured;
            Set<String> provinces = new TreeSet<>();
            scored.forEach(i -> {
                if (i.provinceCode() != null) {
                    provinces.add(i.provinceCode());
                }
            });
            LocalDate date = scored.stream().min(Comparator.comparingInt(i -> i.evidence().stream().mapToInt(Evidence::begin).min().orElse(Integer.MAX_VALUE)))
                    .map(Incident::eventDate).orElse(null);
            int goldKilled = gold.get("killed").asInt();
            int goldCaptured = gold.get("captured").asInt();
            Set<String> goldProvinces = new TreeSet<>();
            gold.get("province_codes").forEach(n -> goldProvinces.add(n.asText()));
            LocalDate goldDate = gold.get("event_date").isNull() ? null : LocalDate.parse(gold.get("event_date").asText());
            List<String> wrong = new ArrayList<>();
            if (goldKilled > 0) {
                tally(metrics, "killed_exact_any", killed == goldKilled);
            }
            if (goldCaptured > 0) {
                tally(metrics, "captured_exact_any", captured == goldCaptured);
            }
            detection(metrics, "killed", killed, goldKilled);
            detection(metrics, "captured", captured, goldCaptured);
            tally(metrics, "province_set_exact", provinces.equals(goldProvinces));
            if (goldDate != null) {
                tally(metrics, "event_date_exact", goldDate.equals(date));
            }
            if (killed != goldKilled) {
                wrong.add("killed " + goldKilled + " vs " + killed);
            }
            if (captured != goldCaptured) {
                wrong.add("captured " + goldCaptured + " vs " + captured);
            }
            if (!provinces.equals(goldProvinces)) {
                wrong.add("provinces " + goldProvinces + " vs " + provinces);
            }
            if (goldDate != null && !goldDate.equals(date)) {
                wrong.add("date " + goldDate + " vs " + date + " (" + gold.get("published_from").asText() + ")");
            }
            if (!wrong.isEmpty()) {
                failures.add(id + ": " + String.join("; ", wrong));
            }
        }
        String lead = Evaluation.score(Evaluation.readGold(DIR.resolve("gold.jsonl")), all).table();
        return new Result(metrics, failures, lead);
    }

    static AnnotatedDocument annotate(String id, LocalDate published, String text, SentenceSplitter splitter, Pattern places,
                                      Pattern cues) {
        List<Sentence> sentences = splitter.split(text);
        List<PlaceMention> mentions = new ArrayList<>();
        Matcher m = places.matcher(text);
        while (m.find()) {
            mentions.add(new PlaceMention(m.start(), m.end(), m.group()));
        }
        Set<Integer> candidates = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (cues.matcher(sentences.get(i).text()).find()) {
                candidates.add(i);
            }
        }
        return new AnnotatedDocument(id, published, text, sentences, mentions, candidates);
    }

    static Pattern placePattern(List<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("(?i)(?<![\\p{L}\\d])(?:" + String.join("|", sorted.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\d])");
    }

    private static void tally(Map<String, double[]> metrics, String name, boolean right) {
        double[] m = metrics.get(name);
        m[0] += right ? 1 : 0;
        m[1]++;
    }

    private static void detection(Map<String, double[]> metrics, String kind, int predicted, int gold) {
        if (predicted > 0) {
            tally(metrics, kind + "_precision", gold > 0);
        }
        if (gold > 0) {
            tally(metrics, kind + "_recall", predicted > 0);
        }
    }
}
