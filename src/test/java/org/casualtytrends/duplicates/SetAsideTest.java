package org.casualtytrends.duplicates;

import org.casualtytrends.duplicates.MarkDuplicates.ArticleKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The in-memory form of the duplicate rule (its equality with the Spark form: pipeline.InMemoryPredictionTest). */
class SetAsideTest {
    @Test
    void laterCopiesOfATextAreSetAsideFirstByIdThenPath() {
        List<ArticleKey> keys = List.of(
                new ArticleKey("b", "in/b.txt", "h1", "accepted"),
                new ArticleKey("a", "in/z/a.txt", "h1", "accepted"),
                new ArticleKey("a", "in/a/a.txt", "h1", "accepted"),
                new ArticleKey("c", "in/c.txt", "h2", "accepted"));
        assertEquals(Set.of(0, 1), MarkDuplicates.setAside(keys));
    }

    @Test
    void ofTwoTextsUnderOneIdTheSmallerHashIsKept() {
        List<ArticleKey> keys = List.of(
                new ArticleKey("x", "one/x.txt", "h9", "accepted"),
                new ArticleKey("x", "two/x.txt", "h3", "accepted"),
                new ArticleKey("y", "y.txt", "h9", "accepted"));
        // h9 is first met under x (x < y), so y is its copy; x then holds h9 and h3, and h3 wins.
        assertEquals(Set.of(0, 2), MarkDuplicates.setAside(keys));
    }

    @Test
    void rejectedRowsAreNeverSetAsideNorCountAsFirstCopies() {
        List<ArticleKey> keys = List.of(
                new ArticleKey("a", "a.txt", "h1", "rejected"),
                new ArticleKey("b", "b.txt", "h1", "accepted"),
                new ArticleKey("c", "c.txt", "h1", "duplicate"));
        assertEquals(Set.of(2), MarkDuplicates.setAside(keys));
    }

    @Test
    void idsAreOrderedByTheirUtf8BytesAsSparkOrdersStrings() {
        // UTF-16 puts the surrogate pair of U+1F600 before U+FB01; UTF-8 (and Spark) after it.
        List<ArticleKey> keys = List.of(
                new ArticleKey("\uD83D\uDE00", "e.txt", "h1", "accepted"),
                new ArticleKey("\uFB01", "f.txt", "h1", "accepted"));
        assertEquals(Set.of(0), MarkDuplicates.setAside(keys));
    }
}
