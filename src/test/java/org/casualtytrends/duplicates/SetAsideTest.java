package org.casualtytrends.duplicates;

import org.casualtytrends.duplicates.MarkDuplicates.ArticleKey;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The in-memory form of the duplicate rule (its equality with the Spark form: pipeline.InMemoryPredictionTest). */
class SetAsideTest {
    private static final LocalDate MAY_1 = LocalDate.of(2021, 5, 1), MAY_2 = LocalDate.of(2021, 5, 2);

    private static ArticleKey key(String id, String path, String hash, String status) {
        return new ArticleKey(id, path, hash, status, MAY_1, 1000L);
    }

    private static ArticleKey key(String id, String path, String hash, LocalDate published, Long modified) {
        return new ArticleKey(id, path, hash, "accepted", published, modified);
    }

    @Test
    void laterCopiesOfATextAreSetAsideFirstByIdThenPath() {
        List<ArticleKey> keys = List.of(
                key("b", "in/b.txt", "h1", "accepted"),
                key("a", "in/z/a.txt", "h1", "accepted"),
                key("a", "in/a/a.txt", "h1", "accepted"),
                key("c", "in/c.txt", "h2", "accepted"));
        assertEquals(Set.of(0, 1), MarkDuplicates.setAside(keys));
    }

    @Test
    void ofTwoTextsUnderOneIdTheNewerIsKept() {
        // The later publication date wins, whatever the files' times.
        assertEquals(Set.of(0), MarkDuplicates.setAside(List.of(
                key("x", "one/x.txt", "h3", MAY_1, 9000L), key("x", "two/x.txt", "h9", MAY_2, 1000L))));
        // Same date: the file modified later.
        assertEquals(Set.of(1), MarkDuplicates.setAside(List.of(
                key("x", "one/x.txt", "h3", MAY_1, 9000L), key("x", "two/x.txt", "h9", MAY_1, 1000L))));
        // Same file: the later line (line 12 after line 9, not as the paths sort).
        assertEquals(Set.of(0), MarkDuplicates.setAside(List.of(
                key("x", "feed.jsonl#L9", "h3", MAY_1, 1000L), key("x", "feed.jsonl#L12", "h9", MAY_1, 1000L))));
        // A row of an earlier run (no time) is older than one read now.
        assertEquals(Set.of(0), MarkDuplicates.setAside(List.of(
                key("x", "one/x.txt", "h3", MAY_1, null), key("x", "two/x.txt", "h9", MAY_1, 1000L))));
        // A copy of a text under another id does not take part: y repeats h9, first met under x (x < y).
        assertEquals(Set.of(0, 2), MarkDuplicates.setAside(List.of(
                key("x", "one/x.txt", "h9", MAY_1, 1000L), key("x", "two/x.txt", "h3", MAY_1, 2000L), key("y", "y.txt", "h9", MAY_2, 1000L))));
    }

    @Test
    void rejectedRowsAreNeverSetAsideNorCountAsFirstCopies() {
        List<ArticleKey> keys = List.of(
                key("a", "a.txt", "h1", "rejected"),
                key("b", "b.txt", "h1", "accepted"),
                key("c", "c.txt", "h1", "duplicate"));
        assertEquals(Set.of(2), MarkDuplicates.setAside(keys));
    }

    @Test
    void idsAreOrderedByTheirUtf8BytesAsSparkOrdersStrings() {
        // UTF-16 puts the surrogate pair of U+1F600 before U+FB01; UTF-8 (and Spark) after it.
        List<ArticleKey> keys = List.of(
                key("\uD83D\uDE00", "e.txt", "h1", "accepted"),
                key("\uFB01", "f.txt", "h1", "accepted"));
        assertEquals(Set.of(0), MarkDuplicates.setAside(keys));
    }
}
