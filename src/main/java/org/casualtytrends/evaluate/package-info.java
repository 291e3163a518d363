/**
 * Scores the job's incidents against human gold: the {@code evaluate} command and the quality-gate
 * tests. Input: the {@link org.casualtytrends.model.Incident}s the pipeline predicts for a set of
 * articles and a gold file in either format (ISAF per-release totals, news per-incident codings).
 * Output: an {@link org.casualtytrends.evaluate.EvaluationReport} (metrics, counts, worst articles),
 * for all articles and for each half of the fixed {@link org.casualtytrends.evaluate.DevSplit}. One
 * scorer per gold format ({@code IsafScorer}, {@code NewsScorer}); nothing else scores.
 */
package org.casualtytrends.evaluate;
