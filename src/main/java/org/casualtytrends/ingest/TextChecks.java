package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** Whether bytes are text at all, and their strict UTF-8 decoding. */
final class TextChecks {
    /** How much of a file the binary test looks at. */
    static final int SAMPLE_BYTES = 8192;

    private TextChecks() {
    }

    /** Nothing but ASCII white space after an optional UTF-8 byte order mark. */
    static boolean isBlank(byte[] bytes, int offset, int length) {
        int end = offset + length;
        for (int i = offset + bomLength(bytes, offset, length); i < end; i++) {
            if (!isAsciiWhiteSpace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiWhiteSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0x0B;
    }

    /**
     * A NUL byte in the first {@link #SAMPLE_BYTES}, or more than 10% of them control characters
     * other than tab, LF, FF and CR: no text format we read looks like that.
     */
    static boolean looksBinary(byte[] bytes, int length) {
        int sample = Math.min(length, SAMPLE_BYTES), controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7F) {
                controls++;
            }
        }
        return controls * 10L > sample;
    }

    /** Strict UTF-8 without a leading byte order mark; an invalid_utf8 rejection otherwise. */
    static String utf8(byte[] bytes, int offset, int length) throws Rejection {
        int bom = bomLength(bytes, offset, length);
        // The JDK's lenient decoder is the fast path; it marks what it could not decode with U+FFFD,
        // so only text containing U+FFFD (rare, and possibly genuine) needs the strict decoder.
        String text = new String(bytes, offset + bom, length - bom, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, offset + bom, length - bom));
            } catch (CharacterCodingException e) {
                throw new Rejection(RejectReason.INVALID_UTF8, e);
            }
        }
        return text;
    }

    static int bomLength(byte[] bytes, int offset, int length) {
        return length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
                && bytes[offset + 2] == (byte) 0xBF ? 3 : 0;
    }

    /** Java's white space plus the no-break spaces that news text is full of. */
    static boolean isWhiteSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    static int skipWhiteSpace(String text, int from) {
        int i = from;
        while (i < text.length() && isWhiteSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isBlank(String text) {
        return skipWhiteSpace(text, 0) == text.length();
    }
}
