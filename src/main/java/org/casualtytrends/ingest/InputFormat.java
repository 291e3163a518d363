package org.casualtytrends.ingest;

import java.util.List;
import java.util.Locale;

/** The formats read, told apart by the file name's extension (case-insensitive). */
enum InputFormat {
    TEXT(".txt"), JSON(".jsonl", ".json"), GZIP(".gz", ".tgz"), TAR(".tar"), ZIP(".zip"), UNSUPPORTED;

    private final List<String> extensions;

    InputFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    static InputFormat of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            if (format.extensions.stream().anyMatch(lower::endsWith)) {
                return format;
            }
        }
        return UNSUPPORTED;
    }

    /** The extension of a read format that {@code name} ends with, or "" if none. */
    static String knownExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith(extension)) {
                    return extension;
                }
            }
        }
        return "";
    }

    boolean isArchive() {
        return this == TAR || this == ZIP;
    }
}
