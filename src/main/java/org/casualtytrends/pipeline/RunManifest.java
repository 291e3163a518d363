package org.casualtytrends.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.casualtytrends.output.AtomicFile;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a run's summary as its manifest, {@code <output>/_runs/<run id>.json}, however the run ends;
 * whole or not at all ({@link AtomicFile}), so a reader never finds half a manifest.
 */
final class RunManifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Configuration hadoop;

    RunManifest(Configuration hadoop) {
        this.hadoop = hadoop;
    }

    void write(RunSummary summary) {
        Path path = path(summary);
        try {
            AtomicFile.write(path.getFileSystem(hadoop), path, JSON.writeValueAsBytes(summary));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run manifest " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code summary} unless its run has a manifest already. */
    void writeIfAbsent(RunSummary summary) {
        Path path = path(summary);
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            if (!fs.exists(path)) {
                AtomicFile.write(fs, path, JSON.writeValueAsBytes(summary));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run manifest " + path + ": " + e.getMessage(), e);
        }
    }

    private static Path path(RunSummary summary) {
        return new Path(summary.output(), "_runs/" + summary.runId() + ".json");
    }
}
