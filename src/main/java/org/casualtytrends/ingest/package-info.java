/**
 * Stage 1, {@link org.casualtytrends.ingest.ReadArticles}: input paths (files, folders, globs of
 * {@code .txt}, {@code .jsonl}/{@code .json}, {@code .gz}, {@code .zip}, {@code .tar.gz}) to one row
 * per article, archive member or JSON line, of {@link org.casualtytrends.tables.Schemas#RAW_ARTICLE}:
 * {@code article_id, source_path, published_date, title, url, source, content_hash, n_chars, status,
 * reject_reason, text}. Bad input becomes a row with {@code status = rejected} and a reason, never an
 * error. The decoding ({@link org.casualtytrends.ingest.ArticleDecoder}) is plain Java.
 */
package org.casualtytrends.ingest;
