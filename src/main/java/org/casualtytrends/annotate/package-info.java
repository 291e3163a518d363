/**
 * Stage 2, annotate: finds the articles worth reading and marks up their text.
 * <p>
 * Input: rows of {@code tables.Schemas.RAW_ARTICLE} (the decoded articles: {@code article_id},
 * {@code published_date}, {@code status}, {@code text}, ...). Output: the same rows with one more
 * column, {@code annotations} ({@code tables.AnnotationColumn}: sentence spans, place-name spans,
 * candidate sentence numbers), {@code tables.Schemas.ANNOTATED_ARTICLE}; null for rejected and
 * duplicate articles and for those the {@link org.casualtytrends.annotate.RelevanceGate} passes by.
 * <p>
 * {@link org.casualtytrends.annotate.AnnotateArticles} is the stage; the sentence splitter and the
 * gate are plain Java over the rule files ({@code annotate/}, {@code lexicon/casualty-cues.tsv},
 * {@code conflict-context.tsv}), the Spark NLP annotators ({@link org.casualtytrends.annotate.AnnotationPipeline})
 * match the gazetteer's names and the casualty cues.
 */
package org.casualtytrends.annotate;
