package org.casualtytrends.cli;

import java.util.concurrent.Callable;

/**
 * A picocli command that is not part of the job and joins the command line only when its classes
 * are on the classpath: the bench (src/bench, its own jar). Found with {@link java.util.ServiceLoader}
 * through {@code META-INF/services/org.casualtytrends.cli.ExtraCommand}, so the job's code never
 * names it.
 */
public interface ExtraCommand extends Callable<Integer> {
}
