package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.time.LocalDate;
import org.casualtytrends.model.ArticleStatus;
import org.casualtytrends.model.RejectReason;

/**
 * One article read from the input, or one piece of input that could not be read as an article.
 * Accepted: every field but {@code rejectReason} as found ({@code title}, {@code url}, {@code source}
 * may be null), {@code contentHash} the SHA-256 hex of the text with white space collapsed.
 * Rejected: only {@code articleId}, {@code sourcePath}, {@code rejectReason} and {@code contentHash}
 * (SHA-256 hex of the rejected bytes, or null) are set.
 */
public record RawArticle(String articleId, String sourcePath, LocalDate publishedDate, String title,
        String text, String url, String source, String contentHash, int nChars, ArticleStatus status, RejectReason rejectReason) {

    static RawArticle accepted(String articleId, String sourcePath, LocalDate publishedDate, String title,
            String text, String url, String source) {
        return new RawArticle(articleId, sourcePath, publishedDate, title, text, url, source,
                ContentHash.ofText(text), text.length(), ArticleStatus.ACCEPTED, null);
    }

    /** The earliest and latest publication dates the tables hold (Spark's range of dates). */
    static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1), LAST_DATE = LocalDate.of(9999, 12, 31);

    /** {@code date}, or a malformed_date rejection when the tables cannot hold it. */
    static LocalDate publishable(LocalDate date) throws Rejection {
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            throw new Rejection(RejectReason.MALFORMED_DATE);
        }
        return date;
    }

    static RawArticle rejected(String articleId, String sourcePath, RejectReason reason, String rawBytesHash) {
        return new RawArticle(articleId, sourcePath, null, null, null, null, null,
                rawBytesHash, 0, ArticleStatus.REJECTED, reason);
    }
}
