package org.casualtytrends.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of the input paths, listed on the driver. A file named on the command line (or matched
 * by a glob) is read whatever its name; a folder is read recursively, each real folder once: a second
 * path to a folder already read (a symbolic link to it, or a link loop such as a link to its own
 * parent) is skipped, and so are the names starting with {@code .} or {@code _} inside folders
 * (operating-system and Hadoop clutter: {@code .DS_Store}, {@code _SUCCESS}). What is skipped is
 * recorded by reason ({@link #skipped}); what cannot be followed or read (a symbolic link to nothing,
 * a folder without permission, a pipe) is an {@link InputFile#readable() unreadable} file, so that it
 * gets its row. Local folders are listed with {@code java.nio}, which sees links and their targets;
 * other file systems (HDFS, object stores) through Hadoop, by their qualified paths.
 */
public final class InputListing {
    /** A name inside a folder that starts with {@code .} or {@code _}. */
    public static final String HIDDEN = "hidden";
    /** A folder already read by another path: a symbolic link to it, or a link loop. */
    public static final String REPEATED_FOLDER = "repeated_folder";
    /** How many skipped paths of each reason the listing keeps, to name them in the run's manifest. */
    static final int NAMED_PER_REASON = 20;

    private final List<InputFile> files = new ArrayList<>();
    private final SortedMap<String, Long> skippedCounts = new TreeMap<>();
    private final SortedMap<String, List<String>> skippedPaths = new TreeMap<>();
    private final Set<String> foldersRead = new HashSet<>();

    private InputListing() {
    }

    /** Lists {@code inputs} (files, folders, globs; checked to exist by {@code ReadArticles.checkInputs}). */
    public static InputListing of(Configuration hadoop, List<String> inputs) {
        InputListing listing = new InputListing();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(hadoop);
                FileStatus[] matches = fs.globStatus(path);
                for (FileStatus match : matches == null ? new FileStatus[0] : matches) {
                    Path qualified = fs.makeQualified(match.getPath());
                    if (!match.isDirectory()) {
                        listing.files.add(file(qualified, match.getLen(), match.getModificationTime()));
                    } else if (isLocal(fs)) {
                        listing.walkLocal(java.nio.file.Path.of(qualified.toUri()), qualified);
                    } else {
                        listing.walk(fs, qualified);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
            }
        }
        return listing;
    }

    /** Every file to read, in listing order. */
    public List<InputFile> files() {
        return files;
    }

    /** How many paths were skipped, by reason ({@link #HIDDEN}, {@link #REPEATED_FOLDER}). */
    public SortedMap<String, Long> skipped() {
        return skippedCounts;
    }

    /** The first {@value #NAMED_PER_REASON} skipped paths of each reason. */
    public SortedMap<String, List<String>> skippedExamples() {
        return skippedPaths;
    }

    private void walkLocal(java.nio.file.Path folder, Path as) throws IOException {
        if (!firstVisit(folder.toRealPath().toString(), as)) {
            return;
        }
        List<java.nio.file.Path> children = new ArrayList<>();
        try (DirectoryStream<java.nio.file.Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(children::add);
        } catch (AccessDeniedException e) {
            files.add(unreadable(as));
            return;
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (java.nio.file.Path child : children) {
            String name = child.getFileName().toString();
            Path childAs = new Path(as, new Path(null, null, name));
            if (isHidden(name)) {
                skip(HIDDEN, childAs);
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(child, BasicFileAttributes.class);
            } catch (NoSuchFileException | AccessDeniedException e) {
                // A symbolic link to nothing, or a file gone since the folder was listed.
                files.add(unreadable(childAs));
                continue;
            }
            if (attributes.isDirectory()) {
                walkLocal(child, childAs);
            } else if (attributes.isRegularFile()) {
                files.add(file(childAs, attributes.size(), attributes.lastModifiedTime().toMillis()));
            } else {
                // A pipe, socket or device: reading it could wait forever.
                files.add(unreadable(childAs));
            }
        }
    }

    private void walk(FileSystem fs, Path folder) throws IOException {
        if (!firstVisit(folder.toString(), folder)) {
            return;
        }
        FileStatus[] children = fs.listStatus(folder);
        java.util.Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus child : children) {
            if (isHidden(child.getPath().getName())) {
                skip(HIDDEN, child.getPath());
            } else if (child.isDirectory()) {
                walk(fs, fs.makeQualified(child.getPath()));
            } else {
                files.add(file(fs.makeQualified(child.getPath()), child.getLen(), child.getModificationTime()));
            }
        }
    }

    private boolean firstVisit(String realFolder, Path as) {
        if (foldersRead.add(realFolder)) {
            return true;
        }
        skip(REPEATED_FOLDER, as);
        return false;
    }

    private void skip(String reason, Path path) {
        skippedCounts.merge(reason, 1L, Long::sum);
        List<String> named = skippedPaths.computeIfAbsent(reason, r -> new ArrayList<>());
        if (named.size() < NAMED_PER_REASON) {
            named.add(path.toString());
        }
    }

    private static InputFile file(Path path, long length, long modified) {
        return new InputFile(path.toUri().toString(), path.toString(), length, modified, true);
    }

    private static InputFile unreadable(Path path) {
        return new InputFile(path.toUri().toString(), path.toString(), 0, 0, false);
    }

    private static boolean isLocal(FileSystem fs) {
        return "file".equals(fs.getScheme());
    }

    /** As Spark's file sources skip them below an input folder. */
    private static boolean isHidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }
}
