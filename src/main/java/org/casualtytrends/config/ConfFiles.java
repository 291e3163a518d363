package org.casualtytrends.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file of the configuration. A location is either {@code classpath:conf/...} (the files of the
 * project's {@code conf/} folder, packaged in the jar) or a filesystem path (a user's own copy). Rule
 * files are read through {@link RuleBundle}, once, on the driver. Errors name the file.
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
