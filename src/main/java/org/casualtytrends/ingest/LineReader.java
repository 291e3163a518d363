package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ending in LF or CRLF, without decoding them, one reused buffer for
 * all lines. A line longer than {@link ByteLimits#MAX_BYTES} is a too_large rejection: reading stops
 * at the limit rather than buffering a runaway line.
 */
final class LineReader {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos, chunkEnd;
    private byte[] line = new byte[1 << 10];
    private int length, number;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        number++;
        while (true) {
            if (chunkPos == chunkEnd) {
                int n = in.read(chunk);
                if (n < 0) {
                    return length > 0 && stripCarriageReturn();
                }
                chunkPos = 0;
                chunkEnd = n;
            }
            int newline = indexOfNewline();
            append(chunkPos, (newline < 0 ? chunkEnd : newline) - chunkPos);
            if (newline >= 0) {
                chunkPos = newline + 1;
                return stripCarriageReturn();
            }
            chunkPos = chunkEnd;
        }
    }

    /** The current line's bytes are {@code bytes()[0, length())}, valid until the next call of next(). */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** 1-based, counting every line, blank ones too. */
    int number() {
        return number;
    }

    private int indexOfNewline() {
        for (int i = chunkPos; i < chunkEnd; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int count) throws Rejection {
        if ((long) length + count > ByteLimits.MAX_BYTES) {
            throw new Rejection(RejectReason.TOO_LARGE);
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(ByteLimits.MAX_BYTES, Math.max(2L * line.length, length + count)));
        }
        System.arraycopy(chunk, from, line, length, count);
        length += count;
    }

    private boolean stripCarriageReturn() {
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return true;
    }
}
