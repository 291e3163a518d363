package org.casualtytrends.evaluate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fixed split of an evaluation set into a tuning half and a checking half, by a hash of the
 * article id: the first bit of SHA-256 of the id's UTF-8 bytes. Rules are tuned on the first half
 * and checked on the second; a rule that helps only the tuning half is fitted to text, not language.
 * The split never changes, so figures of different sessions stay comparable.
 */
public enum DevSplit {
    TUNING, CHECKING;

    public static DevSplit of(String articleId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 0x80) == 0 ? TUNING : CHECKING;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The name used in reports: {@code tuning} or {@code checking}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
