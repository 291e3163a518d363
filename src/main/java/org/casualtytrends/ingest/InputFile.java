package org.casualtytrends.ingest;

import java.io.Serializable;

/**
 * A file the listing found, as the task that reads it needs it. A class, not a record: tasks carry
 * it through Kryo, which cannot set a record's fields.
 */
public final class InputFile implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String uri;
    private final String path;
    private final long length;
    private final long modified;
    private final boolean readable;

    /**
     * @param uri      what the reading task opens (a URI string: file names may hold {@code :} or {@code %})
     * @param path     the {@code source_path} of its records, as Hadoop writes the path
     * @param length   its size in bytes when listed
     * @param modified its modification time, epoch milliseconds
     * @param readable false for what the listing could not follow or read: a symbolic link to nothing,
     *                 a folder without permission, a pipe or device; it becomes an {@code unreadable_file} row
     */
    InputFile(String uri, String path, long length, long modified, boolean readable) {
        this.uri = uri;
        this.path = path;
        this.length = length;
        this.modified = modified;
        this.readable = readable;
    }

    String uri() {
        return uri;
    }

    public String path() {
        return path;
    }

    long length() {
        return length;
    }

    public long modified() {
        return modified;
    }

    public boolean readable() {
        return readable;
    }

    @Override
    public String toString() {
        return path + (readable ? " (" + length + " bytes)" : " (unreadable)");
    }
}
