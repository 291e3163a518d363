package org.casualtytrends.model;

/**
 * Why a row of {@code articles} is {@code rejected}: the {@code reject_reason} codes (README, "Input").
 * The decoding reasons are documented where they arise ({@code ingest.ArticleDecoder}); the last two
 * are decided later, by duplicate marking and by the extraction. Two other values of the column carry
 * a value after a prefix: {@link #DUPLICATE_OF} on a {@code duplicate}, {@link #UNREAD_AFTER} on an
 * {@code accepted} article read only up to the ceiling of its length.
 */
public enum RejectReason implements Vocabulary {
    EMPTY_FILE, BINARY_FILE, INVALID_UTF8, INVALID_UTF16, MISSING_DATE, MALFORMED_DATE, EMPTY_TEXT, MISSING_TEXT,
    MALFORMED_JSON, TRUNCATED_GZIP, CORRUPT_GZIP, CORRUPT_ARCHIVE, CORRUPT_MEMBER, UNSUPPORTED_FORMAT, TOO_LARGE,
    /** A path the listing could not follow or the reading task could not open: a symbolic link to nothing, no permission, a pipe. */
    UNREADABLE_FILE,
    /** Two different texts under one article id: the older one (README, "Input"). */
    ARTICLE_ID_CONFLICT,
    /** The rules failed on the article (logged). */
    EXTRACTION_FAILED;

    /** {@code duplicate_of:<article id>}: the reason of a {@code duplicate}, naming the article whose text it repeats. */
    public static final String DUPLICATE_OF = "duplicate_of:";
    /** {@code unread_after:<offset>}: an accepted article whose text after that character offset was not read. */
    public static final String UNREAD_AFTER = "unread_after:";

    /** The constant written {@code code}; null for null. */
    public static RejectReason of(String code) {
        return Vocabulary.parse(RejectReason.class, code);
    }
}
