package org.casualtytrends.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes a run's summary as its manifest, {@code <output>/_runs/<run id>.json}, whether the run succeeded or failed. */
final class RunManifest {
    private final Configuration hadoop;

    RunManifest(Configuration hadoop) {
        this.hadoop = hadoop;
    }

    void write(RunSummary summary) {
        Path path = new Path(summary.output(), "_runs/" + summary.runId() + ".json");
        try (FSDataOutputStream out = path.getFileSystem(hadoop).create(path, true)) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue((OutputStream) out, summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run manifest " + path + ": " + e.getMessage(), e);
        }
    }
}
