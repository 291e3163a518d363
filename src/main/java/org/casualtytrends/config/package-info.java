/**
 * Shared: the job's configuration and its rule files. {@link org.casualtytrends.config.JobConfig} reads
 * {@code reference.conf} and the user's file; {@link org.casualtytrends.config.RuleBundle} reads the
 * rules folder ({@code casualty-trends.rules}) once, on the driver, into a serializable bundle that
 * tasks carry; {@link org.casualtytrends.config.RuleTable} is the one reader of the one rule-file
 * format; {@link org.casualtytrends.config.PerJvm} shares what is built from the rules per JVM.
 * Imports no other package of the project.
 */
package org.casualtytrends.config;
