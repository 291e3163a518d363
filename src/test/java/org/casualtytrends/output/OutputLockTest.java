package org.casualtytrends.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One writer per output; a lock its run left behind when killed never keeps the output stuck. */
class OutputLockTest {
    @TempDir
    Path out;

    private final Configuration hadoop = new Configuration();

    private OutputLock acquire(String runId) {
        return OutputLock.acquire(hadoop, out.toString(), runId);
    }

    /** A lock file as a run on {@code host} with process {@code pid} would have left it. */
    private void leftBy(String runId, String host, long pid, String processStart) throws Exception {
        Files.write(out.resolve(OutputLock.LOCK), new ObjectMapper().writeValueAsBytes(
                new OutputLock.Holder(runId, host, pid, processStart, "2021-05-01T02:15:00Z")));
    }

    @Test
    void aSecondRunIsRefusedWhileTheFirstHoldsTheOutputAndMayTakeItAfter() {
        try (OutputLock first = acquire("r1")) {
            OutputLock.LockedException refused = assertThrows(OutputLock.LockedException.class, () -> acquire("r2"));
            assertEquals("r1", refused.holder().runId());
            assertTrue(refused.getMessage().contains("run r1"), refused.getMessage());
            assertNull(first.takenOver());
        }
        assertFalse(Files.exists(out.resolve(OutputLock.LOCK)));
        try (OutputLock second = acquire("r2")) {
            assertNull(second.takenOver());
        }
    }

    @Test
    void theLockOfARunWhoseProcessIsGoneIsTakenOverAtOnceOnItsHost() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        leftBy("killed", OutputLock.Holder.current("x").host(), gone.pid(), "2021-05-01T02:14:59Z");
        try (OutputLock next = acquire("r2")) {
            assertEquals("killed", next.takenOver().runId());
        }
        assertFalse(Files.exists(out.resolve(OutputLock.LOCK)));
    }

    @Test
    void aLockFromAnotherHostIsTakenOverOnlyOnceItsHolderStoppedTouchingIt() throws Exception {
        leftBy("elsewhere", "another-host", 1, "2021-05-01T02:14:59Z");
        assertThrows(OutputLock.LockedException.class, () -> acquire("r2"));
        Files.setLastModifiedTime(out.resolve(OutputLock.LOCK),
                FileTime.from(Instant.now().minus(OutputLock.STALE_AFTER).minusSeconds(60)));
        try (OutputLock next = acquire("r2")) {
            assertEquals("elsewhere", next.takenOver().runId());
        }
    }

    @Test
    void anUnreadableLockIsJudgedByItsAge() throws Exception {
        Files.writeString(out.resolve(OutputLock.LOCK), "");
        assertThrows(OutputLock.LockedException.class, () -> acquire("r2"));
        Files.setLastModifiedTime(out.resolve(OutputLock.LOCK),
                FileTime.from(Instant.now().minus(OutputLock.STALE_AFTER).minusSeconds(60)));
        try (OutputLock next = acquire("r2")) {
            assertNull(next.takenOver().runId());
        }
    }

    @Test
    void aRunReleasesOnlyItsOwnLock() throws Exception {
        OutputLock first = acquire("r1");
        Files.delete(out.resolve(OutputLock.LOCK));
        try (OutputLock second = acquire("r2")) {
            first.close();
            assertTrue(Files.exists(out.resolve(OutputLock.LOCK)));
            assertThrows(OutputLock.LockedException.class, () -> acquire("r3"));
        }
    }
}
