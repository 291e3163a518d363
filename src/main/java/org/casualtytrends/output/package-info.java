/**
 * Stage 7, {@link org.casualtytrends.output.TableWriter}: writes the four tables so that readers
 * never see a half-written run. Input: the rows of each table ({@code articles}, {@code incidents},
 * {@code events} partitioned by {@code year}; {@code casualty_trends} as one file), and the
 * intermediate results the pipeline stages once ({@code checkpoint}). Output: Parquet under
 * {@code _staging/<run id>/}, swapped into place by a journal ({@code _commit/<run id>.json}) once
 * all are complete; an interrupted swap is finished by the next run.
 */
package org.casualtytrends.output;
