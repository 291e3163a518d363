package org.casualtytrends.output;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Run ids: they name files and folders under the output ({@code _runs/<id>.json},
 * {@code _staging/<id>/}, {@code _commit/<id>.json}), so they are checked to be plain file names, and
 * the default one is unique even for two runs started in the same second.
 */
public final class RunId {
    /** Letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit, at most 100. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunId() {
    }

    public static boolean isSafe(String id) {
        return id != null && SAFE.matcher(id).matches();
    }

    /** {@code id}, or an IllegalArgumentException naming what is wrong with it. */
    public static String check(String id) {
        if (!isSafe(id)) {
            throw new IllegalArgumentException("run id '" + id + "': it names files under the output, so use 1 to 100 letters, "
                    + "digits, '.', '_' or '-', starting with a letter or digit (e.g. 2021-05-01 or daily-20210501T0215Z)");
        }
        return id;
    }

    /** The UTC time to the second, then six random hex digits: {@code 20210501T021500Z-3f9a1c}; sorts by time. */
    public static String generate() {
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        return ZonedDateTime.now(ZoneOffset.UTC).format(TIME) + "-" + HexFormat.of().formatHex(random);
    }
}
