/**
 * Stage 4, {@link org.casualtytrends.duplicates.MarkDuplicates}: over the extracted article rows,
 * the same text met twice counts once and one article id holds one text. Input: article rows
 * ({@code article_id, source_path, content_hash, status, reject_reason} and the rest). Output: the
 * same rows, {@code status} and {@code reject_reason} changed for copies ({@code duplicate},
 * {@code duplicate_of:<id>}) and id conflicts ({@code rejected}, {@code article_id_conflict}).
 * Decided on the key columns alone and joined back: the articles are never shuffled.
 */
package org.casualtytrends.duplicates;
