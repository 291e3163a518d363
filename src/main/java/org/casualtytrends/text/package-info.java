/**
 * Shared: text utilities of the rules. The tokenizer ({@link org.casualtytrends.text.Tokens}), phrase
 * tables looked up at a token ({@link org.casualtytrends.text.PhraseTable}), and the one prefilter: the
 * {@link org.casualtytrends.text.Literals} a pattern's matches contain or start with, found in one pass
 * by a {@link org.casualtytrends.text.LiteralIndex}, so that patterns run only where they can match
 * ({@link org.casualtytrends.text.PatternGroup}, {@link org.casualtytrends.text.WordAlternation}).
 * Plain Java; imports only {@code config}, to share what it builds per JVM.
 */
package org.casualtytrends.text;
