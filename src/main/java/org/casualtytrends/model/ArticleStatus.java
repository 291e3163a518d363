package org.casualtytrends.model;

/** An article's {@code status} in the {@code articles} table: read and kept, unreadable or unusable (with a reason), or a text met before. */
public enum ArticleStatus implements Vocabulary {
    ACCEPTED, REJECTED, DUPLICATE;

    /** The value written {@code code}; null for null. */
    public static ArticleStatus of(String code) {
        return Vocabulary.parse(ArticleStatus.class, code);
    }
}
