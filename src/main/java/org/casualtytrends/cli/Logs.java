package org.casualtytrends.cli;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Where the log lines of Spark and the job go in an embedded run: to a file (warnings and errors),
 * not to the console, which keeps the job's own lines; {@code --verbose} adds Spark's INFO lines to
 * the console. The levels and the file are those of the job's {@code log4j2.properties}, set here
 * through the system properties it reads. Under spark-submit the cluster's logging configuration is
 * in force and left alone.
 */
final class Logs {
    /** The name of the job's own log4j2.properties: present when the job runs embedded. */
    private static final String CONFIGURATION = "casualty-trends";
    private static volatile Path file;

    private Logs() {
    }

    /** The log of run {@code runId}: beside its manifest ({@code <output>/_runs/<run id>.log}) when the output is a local folder. */
    static Path ofRun(String output, String runId) {
        URI uri = new org.apache.hadoop.fs.Path(output).toUri();
        if (uri.getScheme() == null || uri.getScheme().equals("file")) {
            return Path.of(uri.getPath()).toAbsolutePath().resolve("_runs").resolve(runId + ".log");
        }
        return temporary(runId);
    }

    /** A log in the temporary folder. */
    static Path temporary(String name) {
        return Path.of(System.getProperty("java.io.tmpdir"), "casualty-trends-logs", name + ".log");
    }

    /** A name for the log of a command without a run id: the command and the time (UTC). */
    static String timestamped(String command) {
        return command + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    }

    /** Sends the log lines to {@code logFile}, and Spark's INFO lines to the console as well when {@code verbose}. */
    static void configure(Path logFile, boolean verbose) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        if (!CONFIGURATION.equals(context.getConfiguration().getName())) {
            return;
        }
        System.setProperty("casualty-trends.log.file", logFile.toString());
        System.setProperty("casualty-trends.log.level", verbose ? "info" : "warn");
        System.setProperty("casualty-trends.log.console", verbose ? "info" : "off");
        context.reconfigure();
        file = logFile;
    }

    /** The log file, if something was logged to it. */
    static Optional<Path> written() {
        Path f = file;
        return f != null && Files.exists(f) ? Optional.of(f) : Optional.empty();
    }
}
