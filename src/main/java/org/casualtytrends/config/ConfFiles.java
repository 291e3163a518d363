package org.casualtytrends.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's rule and lexicon files. A location is either {@code classpath:conf/...} (the
 * files of the project's {@code conf/} folder, packaged in the jar so every executor has them) or a
 * filesystem path (a user's own copy). Errors name the file.
 */
public final class ConfFiles {
    public static final String CLASSPATH = "classpath:";

    private ConfFiles() {
    }

    /** The file's text, UTF-8. */
    public static String read(String location) {
        try (InputStream in = open(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + location + ": " + e.getMessage(), e);
        }
    }

    /** The file's lines without blank lines and {@code #} comment lines, trimmed of trailing white space. */
    public static List<String> dataLines(String location) {
        List<String> lines = new ArrayList<>();
        for (String line : read(location).split("\r?\n")) {
            String stripped = line.stripTrailing();
            if (!stripped.isBlank() && !stripped.stripLeading().startsWith("#")) {
                lines.add(stripped);
            }
        }
        return lines;
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            InputStream in = ConfFiles.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no such resource on the classpath");
            }
            return in;
        }
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            throw new IOException("no such file");
        }
        return Files.newInputStream(path);
    }
}
