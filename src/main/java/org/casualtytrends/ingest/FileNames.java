package org.casualtytrends.ingest;

import java.util.Locale;

/** Names of input files and archive members: article ids, member paths, members to skip. */
final class FileNames {
    /** Between an archive's path and a member name: {@code a.zip!/dir/x.txt}. */
    static final String MEMBER_SEPARATOR = "!/";

    private FileNames() {
    }

    static String baseName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** Stands for the name of a member whose name is empty (a damaged tar header). */
    static final String UNNAMED = "unnamed";

    /**
     * The base name without the extensions of read formats: {@code dir/a.txt.gz -> a}, {@code notes.pdf}
     * stays; {@link #UNNAMED} for an empty base name.
     */
    static String stem(String name) {
        String stem = baseName(name);
        if (stem.isEmpty()) {
            return UNNAMED;
        }
        for (String ext = InputFormat.knownExtension(stem); !ext.isEmpty() && stem.length() > ext.length();
                ext = InputFormat.knownExtension(stem)) {
            stem = stem.substring(0, stem.length() - ext.length());
        }
        return stem;
    }

    /** The name of a gzip file's content: {@code a.txt.gz -> a.txt}, {@code b.tgz -> b.tar}. */
    static String gunzipped(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tgz")) {
            return name.substring(0, name.length() - 4) + ".tar";
        }
        return lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** Archive members that are operating-system clutter, not content: dot files and macOS resource forks. */
    static boolean isHidden(String memberName) {
        return baseName(memberName).startsWith(".") || ("/" + memberName.replace('\\', '/')).contains("/__MACOSX");
    }
}
