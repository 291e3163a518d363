package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * What one input may decompress to, all its nesting levels together: {@value #FLOOR} bytes plus
 * {@value #RATIO} times its compressed size. Text compresses about 4:1, so only a bomb reaches it. An
 * input is the file, and each member of an archive file has an allowance of its own (its compressed
 * size): a bomb among ordinary members is rejected alone, and the members after it are read as usual.
 * Members of a nested archive share their parent's allowance, so that bombs nested in bombs cannot
 * multiply it; a gzip stream (a {@code .tar.gz}) is one input, since nothing after a bomb in it can be
 * reached without decompressing the bomb.
 */
final class DecompressionBudget {
    static final int RATIO = 100;
    static final int FLOOR = 64 << 10;

    private long remaining;

    DecompressionBudget(long compressedBytes) {
        remaining = FLOOR + RATIO * compressedBytes;
    }

    /** {@code in}, counting what is read from it; a too_large rejection once the allowance is spent. */
    InputStream meter(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    spend(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    spend(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                spend(skipped);
                return skipped;
            }
        };
    }

    private void spend(long bytes) throws Rejection {
        remaining -= bytes;
        if (remaining < 0) {
            throw new Rejection(RejectReason.TOO_LARGE);
        }
    }
}
