package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps what one input file may decompress to, all members and nesting levels together, at
 * {@link ByteLimits#MAX_BYTES} plus {@value #RATIO} times its size. Text compresses about 4:1; the
 * cap stops zip bombs that stay under the per-member limit by having thousands of members or levels.
 */
final class DecompressionBudget {
    static final int RATIO = 100;

    private long remaining;

    DecompressionBudget(long inputBytes) {
        remaining = ByteLimits.MAX_BYTES + RATIO * inputBytes;
    }

    /** {@code in}, counting what is read from it; a too_large rejection once the budget is spent. */
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
