/**
 * Stage 5, {@link org.casualtytrends.events.ClusterEvents}: incidents of different articles merged
 * into events. Input: incident rows ({@link org.casualtytrends.tables.Schemas#INCIDENT} columns) with
 * their article's {@code published_date}. Output: rows of
 * {@link org.casualtytrends.tables.Schemas#EVENT}: {@code event_id}, the merged incident columns
 * (low / best / high by the codebook, every report's evidence), {@code n_reports, n_articles,
 * first_reported, last_reported, report_ids, article_ids}. Only incidents with a figure become
 * events; blocked by country and province, swept in date order within a block
 * ({@link org.casualtytrends.events.EventClusterer}, plain Java).
 */
package org.casualtytrends.events;
