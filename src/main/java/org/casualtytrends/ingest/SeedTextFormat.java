package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The seed's plain-text format: optional white space, the token {@code date}, white space, the
 * publication date {@code YYYY-MM-DD}, white space, then the article text to the end of the file.
 */
final class SeedTextFormat {
    private static final String DATE_TOKEN = "date";

    private SeedTextFormat() {
    }

    static RawArticle decode(String articleId, String sourcePath, byte[] content) throws Rejection {
        if (content.length > ByteLimits.MAX_BYTES) {
            throw new Rejection(RejectReason.TOO_LARGE);
        }
        if (TextChecks.looksBinary(content, content.length)) {
            throw new Rejection(RejectReason.BINARY_FILE);
        }
        String text = TextChecks.utf8(content, 0, content.length);
        int token = TextChecks.skipWhiteSpace(text, 0), afterToken = token + DATE_TOKEN.length();
        if (!text.startsWith(DATE_TOKEN, token)
                || afterToken < text.length() && !TextChecks.isWhiteSpace(text.charAt(afterToken))) {
            throw new Rejection(RejectReason.MISSING_DATE);
        }
        int dateStart = TextChecks.skipWhiteSpace(text, afterToken), dateEnd = dateStart;
        while (dateEnd < text.length() && !TextChecks.isWhiteSpace(text.charAt(dateEnd))) {
            dateEnd++;
        }
        LocalDate published;
        try {
            published = RawArticle.publishable(LocalDate.parse(text.substring(dateStart, dateEnd)));
        } catch (DateTimeParseException e) {
            throw new Rejection(RejectReason.MALFORMED_DATE, e);
        }
        int textStart = TextChecks.skipWhiteSpace(text, dateEnd);
        if (textStart == text.length()) {
            throw new Rejection(RejectReason.EMPTY_TEXT);
        }
        return RawArticle.accepted(articleId, sourcePath, published, null, text.substring(textStart), null, null);
    }
}
