package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * One JSON object as an article: {@code id} (string or number), {@code published} ({@code YYYY-MM-DD}
 * or an ISO-8601 date-time, whose date is taken as written, whatever its offset), {@code title},
 * {@code text}, optional {@code url} and {@code source}.
 */
final class JsonArticle {
    private JsonArticle() {
    }

    /**
     * The article, or a rejected record when the node is not an object or lacks a date or text.
     * {@code rejectedHash} gives the contentHash of a rejected record (the hash of its raw bytes).
     */
    static RawArticle toRecord(JsonNode node, String fallbackId, String sourcePath, Supplier<String> rejectedHash) {
        if (node == null || !node.isObject()) {
            return RawArticle.rejected(fallbackId, sourcePath, RejectReason.MALFORMED_JSON, rejectedHash.get());
        }
        String id = id(node.get("id"), fallbackId);
        try {
            LocalDate published = published(node.get("published"));
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual()) {
                throw new Rejection(RejectReason.MISSING_TEXT);
            }
            if (TextChecks.isBlank(text.textValue())) {
                throw new Rejection(RejectReason.EMPTY_TEXT);
            }
            return RawArticle.accepted(id, sourcePath, published, string(node, "title"), text.textValue(),
                    string(node, "url"), string(node, "source"));
        } catch (Rejection r) {
            return RawArticle.rejected(id, sourcePath, r.reason(), rejectedHash.get());
        }
    }

    private static String id(JsonNode id, String fallback) {
        return id != null && (id.isTextual() || id.isNumber()) && !id.asText().isBlank() ? id.asText() : fallback;
    }

    private static LocalDate published(JsonNode published) throws Rejection {
        if (published == null || published.isNull() || published.isTextual() && published.textValue().isBlank()) {
            throw new Rejection(RejectReason.MISSING_DATE);
        }
        if (!published.isTextual()) {
            throw new Rejection(RejectReason.MALFORMED_DATE);
        }
        String value = published.textValue();
        try {
            return RawArticle.publishable(value.length() == "YYYY-MM-DD".length() ? LocalDate.parse(value)
                    : DateTimeFormatter.ISO_DATE_TIME.parse(value, LocalDate::from));
        } catch (DateTimeParseException e) {
            throw new Rejection(RejectReason.MALFORMED_DATE, e);
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
