/**
 * Stage 6, {@link org.casualtytrends.trends.AggregateTrends}: events to the {@code casualty_trends}
 * table. Input: event rows ({@code country, province, province_code, event_date, date_precision},
 * the figures, {@code article_ids}). Output: one row per country, province and month ({@code year,
 * month}; month null for events dated only to a year): {@code events}, the summed figures
 * ({@code killed_low} ... {@code killed_unknown}, {@code missing, captured}), {@code articles},
 * {@code killed_best_change} and {@code killed_best_3m_avg}.
 */
package org.casualtytrends.trends;
