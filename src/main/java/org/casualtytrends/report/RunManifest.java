package org.casualtytrends.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a run's manifest, {@code _runs/<run id>.json} as the run writes it (README: "Output
 * tables"): the named run's, or the newest one of a run that succeeded, since the tables are
 * that run's (a failed run leaves the previous tables in place).
 */
final class RunManifest {
    static final String RUNS = "_runs";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunManifest() {
    }

    /** @param runId the run to show, or null for the newest successful one */
    static Optional<RunView> read(FileSystem fs, Path output, String runId) {
        try {
            Path runs = new Path(output, RUNS);
            if (runId != null) {
                return Optional.of(view(parse(fs, new Path(runs, runId + ".json"))));
            }
            if (!fs.exists(runs)) {
                return Optional.empty();
            }
            List<FileStatus> manifests = new ArrayList<>(List.of(fs.listStatus(runs, p -> p.getName().endsWith(".json"))));
            manifests.sort(Comparator.comparingLong(FileStatus::getModificationTime).thenComparing(s -> s.getPath().getName()).reversed());
            for (FileStatus manifest : manifests) {
                JsonNode run = parse(fs, manifest.getPath());
                if ("succeeded".equals(run.path("exitStatus").asText())) {
                    return Optional.of(view(run));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run manifests under " + output + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(FileSystem fs, Path manifest) throws IOException {
        try (FSDataInputStream in = fs.open(manifest)) {
            return JSON.readTree((java.io.InputStream) in);
        }
    }

    private static RunView view(JsonNode run) {
        List<String> inputs = new ArrayList<>();
        run.path("inputs").forEach(i -> inputs.add(i.asText()));
        boolean incremental = run.path("incremental").asBoolean();
        List<LabelledCount> counts = new ArrayList<>();
        counts.add(LabelledCount.of("read", "articles read", run.path("read").asLong()));
        if (incremental) {
            counts.add(LabelledCount.of("skipped", "seen in earlier runs (skipped)", run.path("skippedAsSeen").asLong()));
        }
        counts.add(LabelledCount.of("accepted", "accepted", run.path("accepted").asLong()));
        counts.add(LabelledCount.of("rejected", "rejected", run.path("rejected").asLong()));
        counts.add(LabelledCount.of("duplicates", "duplicates", run.path("duplicates").asLong()));
        counts.add(LabelledCount.of("incidents", "incidents", run.path("incidents").asLong()));
        counts.add(LabelledCount.of("events", "events", run.path("events").asLong()));
        counts.add(LabelledCount.of("trend-rows", "casualty_trends rows", run.path("trendRows").asLong()));
        List<LabelledCount> rejected = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = run.path("rejectedByReason").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> reason = it.next();
            rejected.add(LabelledCount.of(reason.getKey(), reason.getKey(), reason.getValue().asLong()));
        }
        List<LabelledCount> steps = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = run.path("millisByStep").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> step = it.next();
            steps.add(new LabelledCount(step.getKey(), step.getKey().replace('_', ' '),
                    String.format(Locale.ROOT, "%.1f s", step.getValue().asLong() / 1000.0)));
        }
        return new RunView(run.path("runId").asText(), run.path("exitStatus").asText(), run.path("configHash").asText(),
                incremental ? "incremental" : "full", inputs, counts, rejected, steps);
    }
}
