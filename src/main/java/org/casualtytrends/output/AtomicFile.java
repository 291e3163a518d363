package org.casualtytrends.output;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;

/**
 * Small files (journals, manifests) written whole or not at all: to a hidden temporary file beside
 * the target, then renamed onto it. A process killed while writing leaves only the temporary file,
 * which readers skip (its name starts with {@code .}); never an empty or half-written target.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    public static void write(FileSystem fs, Path target, byte[] content) throws IOException {
        Path temporary = temporary(target);
        try (FSDataOutputStream out = fs.create(temporary, true)) {
            out.write(content);
        }
        publish(fs, temporary, target);
    }

    /** Where {@link #write} writes before renaming: {@code .<name>.tmp} in the same folder. */
    static Path temporary(Path target) {
        return new Path(target.getParent(), "." + target.getName() + ".tmp");
    }

    /** Renames {@code from} onto {@code target}, replacing it: HDFS does not rename onto an existing file. */
    static void publish(FileSystem fs, Path from, Path target) throws IOException {
        if (!fs.rename(from, target)) {
            fs.delete(target, false);
            if (!fs.rename(from, target)) {
                throw new IOException("rename " + from + " -> " + target + " failed");
            }
        }
    }
}
