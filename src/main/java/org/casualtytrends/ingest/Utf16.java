package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Text files in UTF-16, re-encoded as UTF-8 for the readers, which read UTF-8: told by a byte order
 * mark, or without one by their zero bytes (text mostly in ASCII, as Windows tools save it, has a zero
 * in every other byte). Without either, the bytes go on as they are (and a file full of zero bytes is
 * a {@code binary_file}). UTF-16 that does not decode is {@code invalid_utf16}.
 */
final class Utf16 {
    private Utf16() {
    }

    /** {@code unit} itself, or its content decoded from UTF-16 as UTF-8; the record keeps the raw bytes' hash. */
    static Unit asUtf8(Unit unit) throws IOException {
        byte[] bytes = unit.bytes();
        InputStream stream = null;
        byte[] sample = bytes;
        if (bytes == null) {
            stream = new BufferedInputStream(unit.stream(), TextChecks.SAMPLE_BYTES);
            stream.mark(TextChecks.SAMPLE_BYTES);
            sample = stream.readNBytes(TextChecks.SAMPLE_BYTES);
            stream.reset();
        }
        Charset charset = detect(sample, Math.min(sample.length, TextChecks.SAMPLE_BYTES));
        if (charset == null) {
            return stream == null ? unit : new Unit(unit.path(), unit.name(), null, stream, unit.raw());
        }
        byte[] content = bytes != null ? bytes : ByteLimits.readAll(stream);
        int bom = hasBom(content) ? 2 : 0;
        String text;
        try {
            text = charset.newDecoder().decode(ByteBuffer.wrap(content, bom, content.length - bom)).toString();
        } catch (CharacterCodingException e) {
            throw new Rejection(RejectReason.INVALID_UTF16, e);
        }
        return new Unit(unit.path(), unit.name(), text.getBytes(StandardCharsets.UTF_8), null, unit.raw());
    }

    /** UTF-16LE or BE by the byte order mark, else by where the zero bytes are; null for neither. */
    static Charset detect(byte[] sample, int length) {
        if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        int pairs = length / 2, evenZeros = 0, oddZeros = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        // Nine in ten characters ASCII (the high byte zero), and almost no zero low byte.
        if (pairs >= 8 && oddZeros * 10 >= pairs * 9 && evenZeros * 100 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (pairs >= 8 && evenZeros * 10 >= pairs * 9 && oddZeros * 100 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean hasBom(byte[] content) {
        return content.length >= 2 && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE);
    }
}
