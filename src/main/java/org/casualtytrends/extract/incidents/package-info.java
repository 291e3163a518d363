/**
 * From an article's sentences to its incidents (CODEBOOK.md sections 1 to 6): what each sentence says
 * ({@link org.casualtytrends.extract.incidents.FactReader}: figures, sources, dates, places, event type
 * words), grouped into incidents and coded ({@link org.casualtytrends.extract.incidents.IncidentAssembler}:
 * low / best / high per kind, event type from {@code lexicon/event-types.tsv}, perpetrator from
 * {@code perpetrators.tsv}).
 */
package org.casualtytrends.extract.incidents;
