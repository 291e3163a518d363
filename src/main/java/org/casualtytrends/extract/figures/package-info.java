/**
 * Casualty figures of a sentence (CODEBOOK.md section 3): numbers and operators
 * ({@code lexicon/numbers.tsv}, {@code operators.tsv}), casualty words ({@code casualty-words.tsv}),
 * victim nouns and their groups ({@code victims.tsv}, {@code victim-modifiers.tsv}), the function
 * words that shape victim phrases ({@code figure-words.tsv}) and the clause markers that change what
 * a sentence's figures mean ({@code clause-markers.tsv}). {@link org.casualtytrends.extract.figures.FigureReader}
 * reads a sentence's figures, with the victim phrases, chains and readings of the classes it names.
 */
package org.casualtytrends.extract.figures;
