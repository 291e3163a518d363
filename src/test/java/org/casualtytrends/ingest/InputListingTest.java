package org.casualtytrends.ingest;

import org.apache.hadoop.conf.Configuration;
import org.casualtytrends.testing.LocalTestFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The listing follows each real folder once, reads what is named whatever its name, and accounts for what it skips or cannot read. */
class InputListingTest {
    @TempDir
    Path dir;

    private static List<String> readable(InputListing listing, Path root) {
        return listing.files().stream().filter(InputFile::readable).map(f -> relative(f, root)).toList();
    }

    private static List<String> unreadable(InputListing listing, Path root) {
        return listing.files().stream().filter(f -> !f.readable()).map(f -> relative(f, root)).toList();
    }

    private static String relative(InputFile file, Path root) {
        return file.path().substring(("file:" + root).length() + 1);
    }

    private static InputListing list(Path... inputs) {
        return InputListing.of(new Configuration(), java.util.Arrays.stream(inputs).map(Path::toString).toList());
    }

    @Test
    void linksToAParentAreFollowedOnceNotForever() throws IOException {
        Path day = Files.createDirectories(dir.resolve("in/day"));
        Files.writeString(day.resolve("a.txt"), "date 2021-01-01 text");
        Files.createSymbolicLink(day.resolve("up"), day.getParent());
        Files.createSymbolicLink(day.resolve("up-again"), day.getParent());
        Files.createSymbolicLink(dir.resolve("in/same-day"), day);

        InputListing listing = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> list(dir.resolve("in")));
        assertEquals(List.of("in/day/a.txt"), readable(listing, dir));
        assertEquals(Map.of(InputListing.REPEATED_FOLDER, 3L), listing.skipped());
        assertEquals(List.of("file:" + dir + "/in/day/up", "file:" + dir + "/in/day/up-again", "file:" + dir + "/in/same-day"),
                listing.skippedExamples().get(InputListing.REPEATED_FOLDER));
        // Two inputs naming one folder read it once.
        assertEquals(List.of("in/day/a.txt"), readable(list(dir.resolve("in/day"), dir.resolve("in/same-day")), dir));
    }

    @Test
    void hiddenNamesInsideFoldersAreSkippedAndCountedButReadWhenNamed() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "date 2021-01-01 text");
        Files.writeString(in.resolve(".DS_Store"), "x");
        Files.writeString(in.resolve("_SUCCESS"), "");
        Files.createDirectories(in.resolve("_temporary")).resolve("b.txt").toFile().createNewFile();
        Files.writeString(dir.resolve(".draft.txt"), "date 2021-01-01 text");

        InputListing listing = list(in, dir.resolve(".draft.txt"));
        assertEquals(List.of("in/a.txt", ".draft.txt"), readable(listing, dir));
        assertEquals(Map.of(InputListing.HIDDEN, 3L), listing.skipped());
    }

    @Test
    void whatCannotBeReadIsListedAsUnreadable() throws IOException, InterruptedException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createSymbolicLink(in.resolve("broken.txt"), dir.resolve("nowhere.txt"));
        Files.writeString(in.resolve("x:y.txt"), "date 2021-01-01 text");
        Files.writeString(in.resolve("a b%20c.txt"), "date 2021-01-01 text");
        boolean fifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start().waitFor(10, TimeUnit.SECONDS);

        InputListing listing = list(in);
        assertEquals(List.of("a b%20c.txt", "x:y.txt").stream().map(n -> "in/" + n).toList(), readable(listing, dir));
        assumeTrue(fifo && Files.exists(in.resolve("pipe.txt")), "mkfifo");
        assertEquals(List.of("in/broken.txt", "in/pipe.txt"), unreadable(listing, dir));
    }

    @Test
    void otherFileSystemsAreListedThroughHadoop() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/day"));
        Files.writeString(in.resolve("a.txt"), "date 2021-01-01 text");
        Files.writeString(in.resolve("_SUCCESS"), "");
        Configuration hadoop = new Configuration();
        LocalTestFileSystem.register(hadoop, "store", "", null);
        InputListing listing = InputListing.of(hadoop, List.of("store://" + dir.resolve("in")));
        assertEquals(List.of("store:" + dir + "/in/day/a.txt"), listing.files().stream().map(InputFile::path).toList());
        assertEquals(Map.of(InputListing.HIDDEN, 1L), listing.skipped());
    }
}
