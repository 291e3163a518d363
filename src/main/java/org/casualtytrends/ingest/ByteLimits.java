package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.io.InputStream;
import java.io.IOException;

/** Reading a whole member or stream without letting a hostile archive exhaust memory. */
final class ByteLimits {
    /** The largest article text, decompressed member or JSON line read: 64 MiB. */
    static final int MAX_BYTES = 64 << 20;

    private ByteLimits() {
    }

    /** All of {@code in}, or a too_large rejection once more than {@link #MAX_BYTES} were read. */
    static byte[] readAll(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Rejection(RejectReason.TOO_LARGE);
        }
        return bytes;
    }
}
