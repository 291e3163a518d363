package org.casualtytrends.output;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Run ids name files under the output: only plain file names, and the default unique within one second. */
class RunIdTest {
    @Test
    void plainNamesPass() {
        for (String id : new String[] {"2021-05-01", "daily_20210501T0215Z", "r1", "v1.2"}) {
            assertEquals(id, RunId.check(id));
        }
    }

    @Test
    void namesThatLeaveTheFolderOrBreakPathsAreRefused() {
        for (String id : new String[] {"../../x", "a/b", "2021-05-01T10:00:00", ".hidden", "", " r1", "x".repeat(101)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunId.check(id), id);
            assertTrue(e.getMessage().contains("run id '" + id + "'"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> RunId.check(null));
    }

    @Test
    void defaultIdsOfOneSecondDifferAndAreSafe() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            ids.add(RunId.check(RunId.generate()));
        }
        assertEquals(20, ids.size());
        assertTrue(ids.iterator().next().matches("\\d{8}T\\d{6}Z-[0-9a-f]{6}"), ids.iterator().next());
    }
}
