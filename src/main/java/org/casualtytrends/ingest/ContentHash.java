package org.casualtytrends.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints: of article texts for de-duplication, of rejected bytes for tracing them. */
final class ContentHash {
    private static final HexFormat HEX = HexFormat.of();

    private ContentHash() {
    }

    /**
     * The hash of the UTF-8 text with runs of white space collapsed to one space and trimmed, so that
     * the same article with other line endings or wrapping gets the same hash. Encodes as it goes
     * rather than building the normalised copy of a text that can be megabytes long.
     */
    static String ofText(String text) {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[8192];
        int n = 0;
        boolean started = false, spacePending = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            // Printable ASCII, most of any text, skips the code point and white-space look-ups.
            int cp = c > ' ' && c < 0x7F ? c : text.codePointAt(i);
            i += Character.charCount(cp);
            if ((cp <= ' ' || cp >= 0x7F) && TextChecks.isWhiteSpace(cp)) {
                spacePending = started;
                continue;
            }
            if (n > buffer.length - 5) {
                digest.update(buffer, 0, n);
                n = 0;
            }
            if (spacePending) {
                buffer[n++] = ' ';
                spacePending = false;
            }
            n = putUtf8(cp, buffer, n);
            started = true;
        }
        digest.update(buffer, 0, n);
        return HEX.formatHex(digest.digest());
    }

    /** The hash of the bytes, null for null. */
    static String ofBytes(byte[] bytes) {
        return bytes == null ? null : ofBytes(bytes, 0, bytes.length);
    }

    static String ofBytes(byte[] bytes, int offset, int length) {
        MessageDigest digest = sha256();
        digest.update(bytes, offset, length);
        return HEX.formatHex(digest.digest());
    }

    /** As String.getBytes(UTF_8) encodes: a lone surrogate becomes '?'. */
    private static int putUtf8(int cp, byte[] out, int n) {
        if (cp < 0x80) {
            out[n++] = (byte) cp;
        } else if (cp < 0x800) {
            out[n++] = (byte) (0xC0 | cp >> 6);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else if (Character.isSurrogate((char) cp) && cp < 0x10000) {
            out[n++] = '?';
        } else if (cp < 0x10000) {
            out[n++] = (byte) (0xE0 | cp >> 12);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else {
            out[n++] = (byte) (0xF0 | cp >> 18);
            out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        }
        return n;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
