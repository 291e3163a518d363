package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import org.casualtytrends.model.ArticleStatus;

import static org.casualtytrends.ingest.TestInputs.padded;
import static org.casualtytrends.ingest.TestInputs.sha256;
import static org.casualtytrends.ingest.TestInputs.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed's plain-text format, reasons common to all formats, and the content hash. */
class ArticleDecoderTest {
    private static final Path EVAL = Path.of("../shared/eval");

    @Test
    void decodesSeedFormatWithLeadingSpace() {
        List<RawArticle> records = ArticleDecoder.decode("in/000_ab12.txt",
                utf8(" date 2020-01-29 At least 13 soldiers were killed.\n\nPolice said so.\n"));

        assertEquals(List.of(new RawArticle("000_ab12", "in/000_ab12.txt", LocalDate.of(2020, 1, 29), null,
                "At least 13 soldiers were killed.\n\nPolice said so.\n", null, null,
                sha256("At least 13 soldiers were killed. Police said so."), 51, ArticleStatus.ACCEPTED, null)), records);
    }

    @Test
    void acceptsByteOrderMarkCrlfAndUpperCaseExtension() {
        RawArticle article = ArticleDecoder.decode("A.TXT", utf8("\uFEFF\r\ndate\t2011-01-10\r\nISAF update.\r\nKabul.")).get(0);

        assertEquals("A", article.articleId());
        assertEquals(LocalDate.of(2011, 1, 10), article.publishedDate());
        assertEquals("ISAF update.\r\nKabul.", article.text());
        assertEquals(sha256("ISAF update. Kabul."), article.contentHash());
    }

    static Stream<Arguments> rejectedTexts() {
        return Stream.of(
                Arguments.of(new byte[0], "empty_file"),
                Arguments.of(utf8(" \n\t \r\n"), "empty_file"),
                Arguments.of(utf8("\uFEFF \n"), "empty_file"),
                Arguments.of(utf8("Kabul, 29 January 2020: ten killed."), "missing_date"),
                Arguments.of(utf8("dated 2020-01-29 ten killed."), "missing_date"),
                Arguments.of(utf8("date 2020-02-30 ten killed."), "malformed_date"),
                Arguments.of(utf8("date 29/01/2020 ten killed."), "malformed_date"),
                Arguments.of(utf8("date 2020-01-29.ten killed."), "malformed_date"),
                Arguments.of(utf8("date 2020-01-29 \n \t"), "empty_text"),
                Arguments.of(new byte[] {'d', 'a', 't', 'e', ' ', 0, 1}, "binary_file"),
                Arguments.of(utf8("date 2020-01-29 \u0001\u0002\u0003\u0004 killed"), "binary_file"),
                Arguments.of(new byte[] {'d', 'a', 't', 'e', ' ', '2', '0', '2', '0', '-', '0', '1', '-', '2', '9', ' ',
                        'K', (byte) 0xC3, '(', 'x'}, "invalid_utf8"));
    }

    @ParameterizedTest
    @MethodSource("rejectedTexts")
    void rejectsWithReasonAndHashOfTheFile(byte[] content, String reason) {
        assertEquals(List.of(new RawArticle("a", "dir/a.txt", null, null, null, null, null, sha256(content), 0,
                ArticleStatus.REJECTED, RejectReason.of(reason))), ArticleDecoder.decode("dir/a.txt", content));
    }

    @Test
    void keepsGenuineReplacementCharacters() {
        assertEquals("Name \uFFFD unknown.",
                ArticleDecoder.decode("a.txt", utf8("date 2020-01-29 Name \uFFFD unknown.")).get(0).text());
    }

    @Test
    void rejectsTextOver64MiB() {
        byte[] content = padded("date 2020-01-29 ", 64 << 20, (byte) 'a');

        assertEquals(RejectReason.TOO_LARGE, ArticleDecoder.decode("big.txt", content).get(0).rejectReason());
    }

    @Test
    void rejectsUnsupportedFormatKeepingItsName() {
        byte[] pdf = utf8("%PDF-1.4 ...");

        assertEquals(List.of(new RawArticle("notes.pdf", "x/notes.pdf", null, null, null, null, null, sha256(pdf), 0,
                ArticleStatus.REJECTED, RejectReason.UNSUPPORTED_FORMAT)), ArticleDecoder.decode("x/notes.pdf", pdf));
    }

    @Test
    void sameTextInTxtAndJsonlHasTheSameHash() {
        RawArticle fromText = ArticleDecoder.decode("a.txt", utf8("date 2020-01-29 Ten killed\r\nin  Kunduz.\r\n")).get(0);
        RawArticle fromJson = ArticleDecoder.decode("b.jsonl",
                utf8("{\"id\":\"b1\",\"published\":\"2020-01-29\",\"text\":\"Ten killed\\nin Kunduz.\"}\n")).get(0);

        assertEquals(sha256("Ten killed in Kunduz."), fromText.contentHash());
        assertEquals(fromText.contentHash(), fromJson.contentHash());
    }

    @Test
    void hashCollapsesNoBreakSpacesAndEncodesNonAscii() {
        assertEquals(sha256("Dasht-e-Archi district’s post 🙂"),
                ContentHash.ofText("\u00A0 Dasht-e-Archi\u00A0\u00A0district’s\n\tpost 🙂 \n"));
    }

    @Test
    void decodesTheSeedArticle() throws IOException {
        Path seedDir = EVAL.resolve("seed");
        Assumptions.assumeTrue(Files.isDirectory(seedDir), "no evaluation data");
        Path seed = seedDir.resolve("000_4892badbc86e319f.txt");

        RawArticle article = ArticleDecoder.decode(seed.toString(), Files.readAllBytes(seed)).get(0);

        assertEquals(ArticleStatus.ACCEPTED, article.status());
        assertEquals("000_4892badbc86e319f", article.articleId());
        assertEquals(LocalDate.of(2020, 1, 29), article.publishedDate());
        assertTrue(article.text().startsWith("At least 13 soldiers"), article.text());
    }

    @Test
    void acceptsEveryIsafDevRelease() throws IOException {
        Path articles = EVAL.resolve("isaf-dev/articles");
        Assumptions.assumeTrue(Files.isDirectory(articles), "no evaluation data");
        try (Stream<Path> files = Files.list(articles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                RawArticle article = ArticleDecoder.decode(file.toString(), Files.readAllBytes(file)).get(0);
                assertEquals(ArticleStatus.ACCEPTED, article.status(), file + ": " + article.rejectReason());
                assertEquals(file.getFileName().toString().replace(".txt", ""), article.articleId());
            }
        }
    }

    /** UTF-16, as Windows tools save text, is read as the same text in UTF-8 would be; broken UTF-16 says so. */
    @Test
    void utf16IsReadByItsByteOrderMarkOrItsZeroBytes() {
        String text = "date 2021-03-10 Two soldiers were killed in Helmand province on Monday, officials said.\r\n";
        RawArticle utf8 = ArticleDecoder.decode("a.txt", utf8(text)).get(0);
        for (byte[] encoded : List.of(bytes("\uFEFF" + text, StandardCharsets.UTF_16LE), bytes("\uFEFF" + text, StandardCharsets.UTF_16BE),
                bytes(text, StandardCharsets.UTF_16LE), bytes(text, StandardCharsets.UTF_16BE))) {
            RawArticle decoded = ArticleDecoder.decode("a.txt", encoded).get(0);
            assertEquals(utf8.contentHash(), decoded.contentHash());
            assertEquals(new RawArticle("a", "a.txt", utf8.publishedDate(), null, utf8.text(), null, null, utf8.contentHash(),
                    utf8.nChars(), ArticleStatus.ACCEPTED, null), decoded);
        }
        String line = "{\"id\":\"j\",\"published\":\"2021-03-10\",\"text\":\"Tw\u00f6 soldiers were killed.\"}\n";
        List<RawArticle> lines = ArticleDecoder.decode("x.jsonl", bytes("\uFEFF" + line + line.replace("\"j\"", "\"k\""), StandardCharsets.UTF_16LE));
        assertEquals(List.of("j", "k"), lines.stream().map(RawArticle::articleId).toList());
        assertEquals("Tw\u00f6 soldiers were killed.", lines.get(1).text());

        byte[] loneSurrogate = bytes("\uFEFFdate 2021-03-10 x", StandardCharsets.UTF_16LE);
        loneSurrogate[loneSurrogate.length - 1] = (byte) 0xD8;
        assertEquals(RejectReason.INVALID_UTF16, ArticleDecoder.decode("b.txt", loneSurrogate).get(0).rejectReason());
        assertEquals(RejectReason.BINARY_FILE, ArticleDecoder.decode("c.txt", new byte[] {0, 0, 0, 0, 1, 2, 3, 0, 0, 0}).get(0).rejectReason());
    }

    /** Dates the tables can hold, before the Gregorian reform too; beyond year 9999 or before year 1, malformed. */
    @Test
    void publicationDatesFromYearOneToYear9999() {
        assertEquals(LocalDate.of(1500, 3, 1), ArticleDecoder.decode("old.txt", utf8("date 1500-03-01 Old news.")).get(0).publishedDate());
        assertEquals(RejectReason.MALFORMED_DATE, ArticleDecoder.decode("zero.txt", utf8("date 0000-03-01 No year.")).get(0).rejectReason());
        assertEquals(RejectReason.MALFORMED_DATE, ArticleDecoder.decode("x.jsonl",
                utf8("{\"published\":\"0000-12-31T10:00:00Z\",\"text\":\"t\"}")).get(0).rejectReason());
    }

    private static byte[] bytes(String text, java.nio.charset.Charset charset) {
        return text.getBytes(charset);
    }
}
