/**
 * Stage 3, extract: codes each annotated article into incidents (CODEBOOK.md).
 * <p>
 * Input: rows of {@code tables.Schemas.ANNOTATED_ARTICLE}. Output: rows of
 * {@code tables.Schemas.EXTRACTED_ARTICLE}: the article's columns without its text and annotations,
 * {@code n_incidents} and {@code incidents} (an array of {@code tables.Schemas.INCIDENT}); an article
 * on which the rules fail becomes {@code rejected} with reason {@code extraction_failed}.
 * <p>
 * {@link org.casualtytrends.extract.ExtractIncidents} is the stage and
 * {@link org.casualtytrends.extract.IncidentExtractor} the plain-Java rules behind it, from
 * {@code model.AnnotatedDocument} to {@code model.Incident}. The rules live in the subpackages, read
 * from the rule files: {@code figures} (casualty figures), {@code sources} (who gives them),
 * {@code dates}, {@code places}, and {@code incidents}, which reads each sentence with the others
 * and groups the sentences into incidents. The subpackages import only the shared packages, and
 * {@code incidents} the other four.
 */
package org.casualtytrends.extract;
