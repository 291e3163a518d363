package org.casualtytrends.ingest;

import java.util.Locale;

/** Why a piece of input is not an article; {@link ArticleDecoder} documents each. */
public enum RejectReason {
    EMPTY_FILE, BINARY_FILE, INVALID_UTF8, MISSING_DATE, MALFORMED_DATE, EMPTY_TEXT, MISSING_TEXT,
    MALFORMED_JSON, TRUNCATED_GZIP, CORRUPT_GZIP, CORRUPT_ARCHIVE, CORRUPT_MEMBER, UNSUPPORTED_FORMAT, TOO_LARGE;

    /** The code stored in {@link RawArticle#rejectReason()}, e.g. {@code empty_file}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
