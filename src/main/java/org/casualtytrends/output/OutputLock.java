package org.casualtytrends.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One writer per output at a time: a run holds {@code <output>/_lock} from before it touches the
 * output (recovery, staging) until its tables and manifest are written. The lock names its run, host
 * and process; a second run finds it and is refused ({@link LockedException}). A run killed on the way
 * cannot leave it stuck: the next run takes it over when the holder's process is gone (same host), or
 * when the holder has not touched it for {@link #STALE_AFTER} (another host; the holder touches it every
 * {@link #HEARTBEAT}), and says so ({@link #takenOver()}).
 * <p>
 * Taking the lock is atomic where the file system allows: a hard link on local disks, a rename that
 * refuses to replace on HDFS. Object stores (S3, GCS) have neither: there the lock is advisory, and
 * the scheduler should start one run at a time (README, "Running on a schedule").
 */
public final class OutputLock implements AutoCloseable {
    public static final String LOCK = "_lock";
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(OutputLock.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileSystem fs;
    private final Path lock;
    private final Holder holder;
    private final Holder takenOver;
    private final ScheduledExecutorService heartbeat;

    /** Who holds a lock: enough to tell whether that run still runs. {@code runId} is null for a lock this job did not write. */
    public record Holder(String runId, String host, long pid, String processStart, String since) {
        static Holder current(String runId) {
            ProcessHandle self = ProcessHandle.current();
            return new Holder(runId, hostName(), self.pid(), self.info().startInstant().map(Instant::toString).orElse(""),
                    Instant.now().toString());
        }

        /** Whether this holder's process is gone: only knowable on its own host. */
        boolean processGone() {
            if (!hostName().equals(host)) {
                return false;
            }
            return ProcessHandle.of(pid).map(p -> !p.info().startInstant().map(Instant::toString).orElse("").equals(processStart))
                    .orElse(true);
        }

        public String describe() {
            return "run " + (runId == null ? "?" : runId) + " (host " + host + ", process " + pid + ", since " + since + ")";
        }
    }

    /** Another run holds the output. */
    public static final class LockedException extends RuntimeException {
        private final Holder holder;

        LockedException(Path output, Holder holder) {
            super("the output " + output + " is being written by " + holder.describe() + "; one run at a time writes an output. "
                    + "If that run is no longer running, its lock is taken over within " + STALE_AFTER.toMinutes()
                    + " minutes of its last sign of life, or at once on its own host");
            this.holder = holder;
        }

        public Holder holder() {
            return holder;
        }
    }

    private OutputLock(FileSystem fs, Path lock, Holder holder, Holder takenOver) {
        this.fs = fs;
        this.lock = lock;
        this.holder = holder;
        this.takenOver = takenOver;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "casualty-trends-lock-" + holder.runId());
            t.setDaemon(true);
            return t;
        });
        long period = HEARTBEAT.toMillis();
        heartbeat.scheduleAtFixedRate(this::touch, period, period, TimeUnit.MILLISECONDS);
    }

    /** Takes the lock of {@code output} for {@code runId}, taking over one a dead run left; a LockedException if a live run holds it. */
    public static OutputLock acquire(Configuration hadoop, String output, String runId) {
        Path outputPath = new Path(output);
        try {
            FileSystem fs = raw(outputPath.getFileSystem(hadoop));
            fs.mkdirs(outputPath);
            Path lock = new Path(fs.makeQualified(outputPath), LOCK);
            Holder self = Holder.current(runId);
            Holder takenOver = null;
            for (int attempt = 0; attempt < 2; attempt++) {
                if (create(fs, lock, self)) {
                    return new OutputLock(fs, lock, self, takenOver);
                }
                Held held = read(fs, lock);
                if (held == null) {
                    continue;   // released meanwhile
                }
                if (!isStale(held)) {
                    throw new LockedException(outputPath, held.holder());
                }
                if (!remove(fs, lock, held, runId)) {
                    continue;   // another run took it over first: the next look sees its lock
                }
                takenOver = held.holder();
                LOG.warn("taking over the lock of {}, which ended without finishing", held.holder().describe());
            }
            Held held = read(fs, lock);
            throw new LockedException(outputPath, held != null ? held.holder() : new Holder(null, "?", -1, "", "?"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the output " + output + ": " + e.getMessage(), e);
        }
    }

    /** The run whose lock this one took over (it ended without releasing it), or null. */
    public Holder takenOver() {
        return takenOver;
    }

    /** Releases the lock, if it is still this run's. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            Held held = read(fs, lock);
            if (held != null && held.holder().equals(holder)) {
                fs.delete(lock, false);
            }
        } catch (IOException e) {
            LOG.warn("could not release the lock {}: {}", lock, e.toString());
        }
    }

    private void touch() {
        try {
            fs.setTimes(lock, System.currentTimeMillis(), -1);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("could not touch the lock {}: {}", lock, e.toString());
        }
    }

    /** A lock file's holder and when it was last touched. */
    private record Held(Holder holder, long touchedMillis) {
    }

    private static boolean isStale(Held held) {
        return held.holder().processGone()
                || System.currentTimeMillis() - held.touchedMillis() > STALE_AFTER.toMillis();
    }

    /** Creates the lock file with its content in one step; false when it exists. */
    private static boolean create(FileSystem fs, Path lock, Holder holder) throws IOException {
        Path temporary = new Path(lock.getParent(), "." + LOCK + "." + holder.runId() + "." + holder.pid() + ".tmp");
        try (FSDataOutputStream out = fs.create(temporary, true)) {
            out.write(JSON.writeValueAsBytes(holder));
        }
        try {
            if (isLocal(fs)) {
                try {
                    Files.createLink(local(lock), local(temporary));
                    return true;
                } catch (FileAlreadyExistsException e) {
                    return false;
                }
            }
            // HDFS renames a file onto an existing one by refusing: false.
            return fs.rename(temporary, lock);
        } finally {
            fs.delete(temporary, false);
        }
    }

    /**
     * Removes the stale lock {@code held}, unless another run replaced it meanwhile: it is first moved
     * aside under a name of this run's, then checked to be the one judged stale.
     */
    private static boolean remove(FileSystem fs, Path lock, Held held, String runId) throws IOException {
        Path aside = new Path(lock.getParent(), "." + LOCK + ".stale." + runId);
        if (isLocal(fs)) {
            try {
                Files.move(local(lock), local(aside), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.NoSuchFileException e) {
                return false;
            }
        } else if (!fs.rename(lock, aside)) {
            return false;
        }
        Held moved = read(fs, aside);
        if (moved != null && !Objects.equals(moved.holder(), held.holder())) {
            // A live run's lock, taken meanwhile: put it back (it is the only one; nobody else can hold the name now).
            if (isLocal(fs)) {
                Files.move(local(aside), local(lock), StandardCopyOption.ATOMIC_MOVE);
            } else {
                fs.rename(aside, lock);
            }
            return false;
        }
        fs.delete(aside, false);
        return true;
    }

    private static Held read(FileSystem fs, Path lock) throws IOException {
        FileStatus status;
        try {
            status = fs.getFileStatus(lock);
        } catch (FileNotFoundException e) {
            return null;
        }
        Holder holder;
        try (FSDataInputStream in = fs.open(lock)) {
            holder = JSON.readValue((InputStream) in, Holder.class);
        } catch (FileNotFoundException e) {
            return null;
        } catch (IOException e) {
            holder = null;
        }
        if (holder == null || holder.runId() == null || !RunId.isSafe(holder.runId())) {
            // Not a lock this job wrote whole (written by hand, or by an older version): its age decides.
            holder = new Holder(null, "unknown", -1, "", Instant.ofEpochMilli(status.getModificationTime()).toString());
        }
        return new Held(holder, status.getModificationTime());
    }

    /** Local disks without Hadoop's checksum files beside the lock. */
    private static FileSystem raw(FileSystem fs) {
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    }

    private static boolean isLocal(FileSystem fs) {
        return "file".equals(fs.getUri().getScheme());
    }

    private static java.nio.file.Path local(Path path) {
        return java.nio.file.Path.of(path.toUri());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
