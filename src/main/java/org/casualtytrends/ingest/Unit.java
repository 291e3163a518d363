package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Something to decode: a file or an archive member, held whole in {@code bytes}, or the content of a
 * gzip file, read from {@code stream}. {@code raw} holds the bytes of the file or member it came from
 * (hashed into rejected records), null when that is itself streamed.
 *
 * @param path the sourcePath of its records
 * @param name the name whose extension tells the format
 */
record Unit(String path, String name, byte[] bytes, InputStream stream, byte[] raw) {
    static Unit whole(String path, String name, byte[] bytes) {
        return new Unit(path, name, bytes, null, bytes);
    }

    /** The content of this gzip unit, named without its {@code .gz}. */
    Unit gunzipped(InputStream content) {
        return new Unit(path, FileNames.gunzipped(name), null, content, raw);
    }

    InputStream open() {
        return stream != null ? stream : new ByteArrayInputStream(bytes);
    }

    /** The whole content; empty_file if only white space, too_large past {@link ByteLimits#MAX_BYTES} read. */
    byte[] whole() throws IOException {
        if (bytes != null) {
            return bytes;
        }
        byte[] content = ByteLimits.readAll(stream);
        if (TextChecks.isBlank(content, 0, content.length)) {
            throw new Rejection(RejectReason.EMPTY_FILE);
        }
        return content;
    }

    String stem() {
        return FileNames.stem(name);
    }
}
