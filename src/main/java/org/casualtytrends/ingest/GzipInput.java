package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A gunzipping stream whose failures are rejections (truncated_gzip, corrupt_gzip), so that they
 * keep their meaning after passing through the tar reader or the JSON line reader above it.
 */
final class GzipInput extends FilterInputStream {
    private static final int BUFFER_BYTES = 1 << 16;

    private GzipInput(InputStream gunzipped) {
        super(gunzipped);
    }

    /** Reads the gzip header, so a file that is not gzip fails here. */
    static GzipInput open(InputStream compressed) throws Rejection {
        try {
            return new GzipInput(new GZIPInputStream(compressed, BUFFER_BYTES));
        } catch (IOException e) {
            throw rejection(e);
        }
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw rejection(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw rejection(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            throw rejection(e);
        }
    }

    /** The JDK's gzip reader signals input that ends before the trailer with an EOFException. */
    private static Rejection rejection(IOException e) {
        return Rejection.of(e, e instanceof EOFException ? RejectReason.TRUNCATED_GZIP : RejectReason.CORRUPT_GZIP);
    }
}
