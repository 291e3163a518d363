package org.casualtytrends.evaluate;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevSplitTest {
    @Test
    void theSplitIsFixedByTheIdsHash() {
        // SHA-256("a") begins 0xca (first bit 1), SHA-256("b") 0x3e (first bit 0).
        assertEquals(DevSplit.CHECKING, DevSplit.of("a"));
        assertEquals(DevSplit.TUNING, DevSplit.of("b"));
        assertEquals("tuning", DevSplit.TUNING.label());
    }

    @Test
    void halvesAreAboutEven() {
        long tuning = IntStream.range(0, 1000).mapToObj(i -> "article-" + i).filter(id -> DevSplit.of(id) == DevSplit.TUNING).count();
        assertTrue(tuning > 450 && tuning < 550, "tuning " + tuning + " of 1000");
    }
}
