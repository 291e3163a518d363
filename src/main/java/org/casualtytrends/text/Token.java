package org.casualtytrends.text;

/**
 * A word, number or punctuation mark of a sentence, {@code [begin, end)} offsets into the sentence.
 * {@code lower} is the lower-cased text with typographic apostrophes made plain.
 */
public record Token(String text, String lower, int begin, int end, Type type) {
    public enum Type { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }
}
