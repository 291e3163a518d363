/**
 * The command line, the top of the job: parses arguments, checks the inputs and the configuration
 * before Spark starts (wrong ones exit with 2, naming the thing), starts the session and hands over
 * to {@link org.casualtytrends.pipeline.CasualtyTrendsPipeline} ({@code run}) or to
 * {@link org.casualtytrends.evaluate} ({@code evaluate}). No rows of its own; it prints the run's
 * summary or the evaluation's tables. Commands that are not the job's (the bench, src/bench) join
 * through {@link org.casualtytrends.cli.ExtraCommand} when they are on the classpath.
 */
package org.casualtytrends.cli;
