package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import org.casualtytrends.model.ArticleStatus;

import static org.casualtytrends.ingest.TestInputs.outcome;
import static org.casualtytrends.ingest.TestInputs.padded;
import static org.casualtytrends.ingest.TestInputs.sha256;
import static org.casualtytrends.ingest.TestInputs.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Lines and JSON array input. */
class JsonFormatTest {

    @Test
    void decodesLinesWithStringNumberAndMissingIds() {
        String content = """
                {"id":"n1","published":"2020-01-29","title":"Attack","text":"Ten killed.","url":"http://x/1","source":"Pajhwok"}

                {"id":42,"published":"2020-01-29T23:30:00-05:00","title":"Later","text":"Two wounded."}
                {"published":"2020-01-30T01:00:00Z","text":"Three held."}
                """;

        assertEquals(List.of(
                new RawArticle("n1", "feeds/news.jsonl#L1", LocalDate.of(2020, 1, 29), "Attack", "Ten killed.",
                        "http://x/1", "Pajhwok", sha256("Ten killed."), 11, ArticleStatus.ACCEPTED, null),
                new RawArticle("42", "feeds/news.jsonl#L3", LocalDate.of(2020, 1, 29), "Later", "Two wounded.",
                        null, null, sha256("Two wounded."), 12, ArticleStatus.ACCEPTED, null),
                new RawArticle("feeds/news.jsonl#L4", "feeds/news.jsonl#L4", LocalDate.of(2020, 1, 30), null, "Three held.",
                        null, null, sha256("Three held."), 11, ArticleStatus.ACCEPTED, null)),
                ArticleDecoder.decode("feeds/news.jsonl", utf8(content)));
    }

    @Test
    void rejectsBadLinesAndGoesOn() {
        List<String> lines = List.of(
                "not json",
                "[1, 2]",
                "{\"id\":\"a\",\"published\":\"2020-01-01\",\"text\":\"t\"} trailing",
                "{\"id\":\"b\",\"text\":\"Ten killed.\"}",
                "{\"id\":\"c\",\"published\":\"2020-02-30\",\"text\":\"Ten killed.\"}",
                "{\"id\":\"d\",\"published\":20200130,\"text\":\"Ten killed.\"}",
                "{\"id\":\"e\",\"published\":\"2020-01-30\"}",
                "{\"id\":\"f\",\"published\":\"2020-01-30\",\"text\":\" \\n \"}",
                "{\"id\":\"g\",\"published\":\"\",\"text\":\"Ten killed.\"}",
                "{\"id\":\"h\",\"published\":\"30 Jan 2020\",\"text\":\"Ten killed.\"}",
                "{\"id\":\"i\",\"published\":\"2020-01-30\",\"text\":null}");
        List<List<String>> expected = List.of(
                List.of("news.jsonl#L1", "malformed_json"), List.of("news.jsonl#L2", "malformed_json"), List.of("news.jsonl#L3", "malformed_json"),
                List.of("b", "missing_date"), List.of("c", "malformed_date"), List.of("d", "malformed_date"),
                List.of("e", "missing_text"), List.of("f", "empty_text"), List.of("g", "missing_date"),
                List.of("h", "malformed_date"), List.of("i", "missing_text"));
        byte[] badUtf8 = {'{', '"', 't', '"', ':', '"', (byte) 0xFF, '"', '}'};
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        lines.forEach(line -> content.writeBytes(utf8(line + "\n")));
        content.writeBytes(badUtf8);
        content.writeBytes(utf8("\n{\"id\":\"ok\",\"published\":\"2020-01-30\",\"text\":\"Fine.\"}"));

        List<RawArticle> records = ArticleDecoder.decode("news.jsonl", content.toByteArray());

        assertEquals(13, records.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(new RawArticle(expected.get(i).get(0), "news.jsonl#L" + (i + 1), null, null, null, null, null,
                    sha256(lines.get(i)), 0, ArticleStatus.REJECTED, RejectReason.of(expected.get(i).get(1))), records.get(i));
        }
        assertEquals(new RawArticle("news.jsonl#L12", "news.jsonl#L12", null, null, null, null, null, sha256(badUtf8), 0,
                ArticleStatus.REJECTED, RejectReason.INVALID_UTF8), records.get(11));
        assertEquals(List.of("ok", "news.jsonl#L13", ArticleStatus.ACCEPTED),
                List.of(records.get(12).articleId(), records.get(12).sourcePath(), records.get(12).status()));
    }

    @Test
    void acceptsByteOrderMarkAndCrlfLines() {
        String content = "\uFEFF{\"id\":1,\"published\":\"2012-05-01\",\"text\":\"One.\"}\r\n"
                + "{\"id\":2,\"published\":\"2012-05-02\",\"text\":\"Two.\"}\r\n";

        List<RawArticle> records = ArticleDecoder.decode("n.JSONL", utf8(content));

        assertEquals(List.of("1", "One.", "2", "Two."), List.of(records.get(0).articleId(), records.get(0).text(),
                records.get(1).articleId(), records.get(1).text()));
    }

    @Test
    void decodesJsonArrayElementByElement() {
        String content = """
                [ {"id":"a","published":"2020-01-01","text":"First."},
                  7,
                  {"published":"2020-01-02","text":"Third."},
                  {"id":"d","text":"No date."} ]
                """;

        assertEquals(List.of(
                new RawArticle("a", "all.json#E1", LocalDate.of(2020, 1, 1), null, "First.", null, null,
                        sha256("First."), 6, ArticleStatus.ACCEPTED, null),
                new RawArticle("all.json#E2", "all.json#E2", null, null, null, null, null, null, 0, ArticleStatus.REJECTED, RejectReason.MALFORMED_JSON),
                new RawArticle("all.json#E3", "all.json#E3", LocalDate.of(2020, 1, 2), null, "Third.", null, null,
                        sha256("Third."), 6, ArticleStatus.ACCEPTED, null),
                new RawArticle("d", "all.json#E4", null, null, null, null, null, null, 0, ArticleStatus.REJECTED, RejectReason.MISSING_DATE)),
                ArticleDecoder.decode("all.json", utf8(content)));
    }

    @Test
    void keepsArrayElementsBeforeASyntaxError() {
        String content = "[{\"id\":\"a\",\"published\":\"2020-01-01\",\"text\":\"First.\"}, {\"id\": ";

        List<RawArticle> records = ArticleDecoder.decode("all.json", utf8(content));

        assertEquals(List.of(List.of("a", "all.json#E1", "accepted"), List.of("all.json#E2", "all.json#E2", "malformed_json")),
                records.stream().map(r -> List.of(r.articleId(), r.sourcePath(), outcome(r))).toList());
    }

    @Test
    void rejectsInvalidUtf8InAnArray() {
        byte[] content = {'[', '{', '"', 't', '"', ':', '"', (byte) 0xC3, '(', '"', '}', ']'};

        assertEquals(List.of(new RawArticle("all.json#E1", "all.json#E1", null, null, null, null, null, null, 0,
                ArticleStatus.REJECTED, RejectReason.INVALID_UTF8)), ArticleDecoder.decode("all.json", content));
    }

    @Test
    void fileWithoutRecordsIsEmpty() {
        assertEquals(List.of(new RawArticle("none", "none.json", null, null, null, null, null, sha256("[ ]\n"), 0,
                ArticleStatus.REJECTED, RejectReason.EMPTY_FILE)), ArticleDecoder.decode("none.json", utf8("[ ]\n")));
        assertEquals(RejectReason.EMPTY_FILE, ArticleDecoder.decode("blank.jsonl", utf8("\n \r\n\n")).get(0).rejectReason());
    }

    @Test
    void rejectsBinaryFile() {
        byte[] content = {'{', 0, 0, 0, '}'};

        assertEquals(List.of(new RawArticle("x", "x.jsonl", null, null, null, null, null, sha256(content), 0,
                ArticleStatus.REJECTED, RejectReason.BINARY_FILE)), ArticleDecoder.decode("x.jsonl", content));
    }

    @Test
    void rejectsALineOver64MiBAndStopsThere() {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(utf8("{\"id\":\"a\",\"published\":\"2020-01-01\",\"text\":\"Fine.\"}\n"));
        content.writeBytes(padded("{\"text\":\"", 64 << 20, (byte) 'a'));

        List<RawArticle> records = ArticleDecoder.decode("big.jsonl", content.toByteArray());

        assertEquals(List.of("accepted", "too_large"), records.stream().map(TestInputs::outcome).toList());
        assertEquals(new RawArticle("big.jsonl#L2", "big.jsonl#L2", null, null, null, null, null, null, 0,
                ArticleStatus.REJECTED, RejectReason.TOO_LARGE), records.get(1));
    }
}
