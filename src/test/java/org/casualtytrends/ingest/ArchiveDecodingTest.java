package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import org.casualtytrends.model.ArticleStatus;

import static org.casualtytrends.ingest.TestInputs.flipped;
import static org.casualtytrends.ingest.TestInputs.gzip;
import static org.casualtytrends.ingest.TestInputs.indexOf;
import static org.casualtytrends.ingest.TestInputs.padded;
import static org.casualtytrends.ingest.TestInputs.sha256;
import static org.casualtytrends.ingest.TestInputs.storedZip;
import static org.casualtytrends.ingest.TestInputs.tar;
import static org.casualtytrends.ingest.TestInputs.utf8;
import static org.casualtytrends.ingest.TestInputs.withoutLast;
import static org.casualtytrends.ingest.TestInputs.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Gzip, tar and zip input, nested, broken and oversized. */
class ArchiveDecodingTest {
    private static final byte[] KUNDUZ = utf8("date 2020-01-29 Ten soldiers were killed in Kunduz.");
    private static final byte[] HELMAND = utf8("date 2020-02-03 Two police were wounded in Helmand.");
    private static final byte[] TWO_LINES = utf8("""
            {"id":"j1","published":"2020-03-01","text":"First line."}
            {"published":"2020-03-02","text":"Second line."}
            """);

    /** sourcePath, articleId and outcome (accepted or the reason) of each record. */
    private static List<List<String>> summary(List<RawArticle> records) {
        return records.stream().map(r -> List.of(r.sourcePath(), r.articleId(), TestInputs.outcome(r))).toList();
    }

    private static Map<String, byte[]> members(Object... nameThenBytes) {
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) {
            members.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
        }
        return members;
    }

    @Test
    void decodesGzippedTextByItsInnerName() {
        assertEquals(List.of(new RawArticle("a", "in/a.txt.gz", LocalDate.of(2020, 1, 29), null,
                "Ten soldiers were killed in Kunduz.", null, null, sha256("Ten soldiers were killed in Kunduz."), 35,
                ArticleStatus.ACCEPTED, null)), ArticleDecoder.decode("in/a.txt.gz", gzip(KUNDUZ)));
    }

    @Test
    void decodesGzippedJsonLines() {
        assertEquals(List.of(List.of("b.jsonl.GZ#L1", "j1", "accepted"), List.of("b.jsonl.GZ#L2", "b.jsonl.GZ#L2", "accepted")),
                summary(ArticleDecoder.decode("b.jsonl.GZ", gzip(TWO_LINES))));
    }

    @Test
    void rejectsTruncatedGzipWithTheHashOfTheFile() {
        byte[] truncated = withoutLast(gzip(KUNDUZ), 4);

        assertEquals(List.of(new RawArticle("a", "a.txt.gz", null, null, null, null, null, sha256(truncated), 0,
                ArticleStatus.REJECTED, RejectReason.TRUNCATED_GZIP)), ArticleDecoder.decode("a.txt.gz", truncated));
    }

    @Test
    void rejectsCorruptGzip() {
        byte[] gzip = gzip(KUNDUZ);
        byte[] badCrc = flipped(gzip, gzip.length - 8, gzip.length - 4);

        assertEquals(RejectReason.CORRUPT_GZIP, ArticleDecoder.decode("a.txt.gz", utf8("plain text, not gzip")).get(0).rejectReason());
        assertEquals(RejectReason.CORRUPT_GZIP, ArticleDecoder.decode("a.txt.gz", badCrc).get(0).rejectReason());
    }

    @Test
    void decodesTarGzMembersInOrderSkippingDirectoriesAndDotFiles() {
        byte[] pdf = utf8("%PDF-1.4");
        byte[] tarGz = gzip(tar(members("docs/", new byte[0], "docs/a.txt", KUNDUZ, "docs/.hidden.txt", HELMAND,
                "docs/b.jsonl", TWO_LINES, "docs/notes.pdf", pdf)));

        List<RawArticle> records = ArticleDecoder.decode("x.tar.gz", tarGz);

        assertEquals(List.of(
                List.of("x.tar.gz!/docs/a.txt", "a", "accepted"),
                List.of("x.tar.gz!/docs/b.jsonl#L1", "j1", "accepted"),
                List.of("x.tar.gz!/docs/b.jsonl#L2", "x.tar.gz!/docs/b.jsonl#L2", "accepted"),
                List.of("x.tar.gz!/docs/notes.pdf", "notes.pdf", "unsupported_format")), summary(records));
        assertEquals(sha256(pdf), records.get(3).contentHash());
    }

    @Test
    void decodesTgzAndPlainTar() {
        byte[] tar = tar(members("a.txt", KUNDUZ));

        assertEquals(List.of(List.of("y.tgz!/a.txt", "a", "accepted")), summary(ArticleDecoder.decode("y.tgz", gzip(tar))));
        assertEquals(List.of(List.of("y.tar!/a.txt", "a", "accepted")), summary(ArticleDecoder.decode("y.tar", tar)));
    }

    @Test
    void decodesZipMembersSkippingDirectoriesAndMacClutter() {
        byte[] zip = zip(members("z/", new byte[0], "z/one.txt", KUNDUZ, "__MACOSX/z/._one.txt", utf8("junk"),
                ".DS_Store", utf8("junk"), "z/two.txt.gz", gzip(HELMAND)));

        assertEquals(List.of(List.of("in.zip!/z/one.txt", "one", "accepted"), List.of("in.zip!/z/two.txt.gz", "two", "accepted")),
                summary(ArticleDecoder.decode("in.zip", zip)));
    }

    @Test
    void decodesNestedArchives() {
        byte[] zip = zip(members("b.tar.gz", gzip(tar(members("c.txt", KUNDUZ, "d.jsonl.gz", gzip(TWO_LINES))))));

        assertEquals(List.of(
                List.of("a.zip!/b.tar.gz!/c.txt", "c", "accepted"),
                List.of("a.zip!/b.tar.gz!/d.jsonl.gz#L1", "j1", "accepted"),
                List.of("a.zip!/b.tar.gz!/d.jsonl.gz#L2", "a.zip!/b.tar.gz!/d.jsonl.gz#L2", "accepted")), summary(ArticleDecoder.decode("a.zip", zip)));
    }

    @Test
    void opensArchivesThreeLevelsDeep() {
        byte[] c = zip(members("d.zip", zip(members("e.txt", KUNDUZ)), "f.txt", HELMAND));
        byte[] a = zip(members("b.zip", zip(members("c.zip", c))));

        assertEquals(List.of(
                List.of("a.zip!/b.zip!/c.zip!/d.zip", "d", "unsupported_format"),
                List.of("a.zip!/b.zip!/c.zip!/f.txt", "f", "accepted")), summary(ArticleDecoder.decode("a.zip", a)));
    }

    @Test
    void rejectsZipMemberFailingItsCrcAndGoesOn() {
        byte[] one = storedZip("one.txt", KUNDUZ);
        int text = indexOf(one, utf8("Kunduz"));
        byte[] corrupt = flipped(one, text, text + 6);
        byte[] zip = zip(members("m1.zip", corrupt, "two.txt", HELMAND));

        assertEquals(List.of(new RawArticle("one", "m.zip!/one.txt", null, null, null, null, null, null, 0,
                ArticleStatus.REJECTED, RejectReason.CORRUPT_MEMBER)), ArticleDecoder.decode("m.zip", corrupt));
        assertEquals(List.of(List.of("m.zip!/m1.zip!/one.txt", "one", "corrupt_member"),
                List.of("m.zip!/two.txt", "two", "accepted")), summary(ArticleDecoder.decode("m.zip", zip)));
    }

    @Test
    void rejectsZipMemberWithCorruptCompressedDataAndGoesOn() {
        byte[] zip = zip(members("one.txt", padded("date 2020-01-29 ", 2000, (byte) 'k'), "two.txt", HELMAND));
        int data = indexOf(zip, utf8("one.txt")) + "one.txt".length();

        assertEquals(List.of(List.of("m.zip!/one.txt", "one", "corrupt_member"), List.of("m.zip!/two.txt", "two", "accepted")),
                summary(ArticleDecoder.decode("m.zip", flipped(zip, data + 2, data + 8))));
    }

    @Test
    void rejectsArchivesThatCannotBeOpened() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertEquals(List.of(new RawArticle("x", "x.zip", null, null, null, null, null, sha256(noise), 0,
                ArticleStatus.REJECTED, RejectReason.CORRUPT_ARCHIVE)), ArticleDecoder.decode("x.zip", noise));
        assertEquals(List.of(List.of("x.tar", "x", "corrupt_archive")), summary(ArticleDecoder.decode("x.tar", noise)));
        assertEquals(List.of(List.of("x.tar.gz", "x", "corrupt_gzip")), summary(ArticleDecoder.decode("x.tar.gz", noise)));
    }

    @Test
    void rejectsTruncatedTarMemberAndKeepsThoseBefore() {
        byte[] tar = tar(members("a.txt", KUNDUZ, "b.txt", padded("date 2020-01-29 ", 3000, (byte) 'k')));
        int bData = indexOf(tar, utf8("date 2020-01-29 kkk"));

        assertEquals(List.of(List.of("t.tar!/a.txt", "a", "accepted"), List.of("t.tar!/b.txt", "b", "corrupt_member")),
                summary(ArticleDecoder.decode("t.tar", withoutLast(tar, tar.length - bData - 1000))));
    }

    @Test
    void truncatedTarGzKeepsItsMembersAndReportsTheArchive() {
        byte[] truncated = withoutLast(gzip(tar(members("a.txt", KUNDUZ, "b.txt", HELMAND))), 3);

        assertEquals(List.of(List.of("t.tar.gz!/a.txt", "a", "accepted"), List.of("t.tar.gz!/b.txt", "b", "accepted"),
                List.of("t.tar.gz", "t", "truncated_gzip")), summary(ArticleDecoder.decode("t.tar.gz", truncated)));
    }

    @Test
    void rejectsMembersOver64MiB() {
        byte[] big = padded("date 2020-01-29 ", 64 << 20, (byte) 'a');

        assertEquals(List.of(List.of("z.zip!/big.txt", "big", "too_large"), List.of("z.zip!/two.txt", "two", "accepted")),
                summary(ArticleDecoder.decode("z.zip", zip(members("big.txt", big, "two.txt", HELMAND)))));
        assertEquals(List.of(List.of("t.tar!/big.txt", "big", "too_large"), List.of("t.tar!/two.txt", "two", "accepted")),
                summary(ArticleDecoder.decode("t.tar", tar(members("big.txt", big, "two.txt", HELMAND)))));
        assertEquals(List.of(List.of("bomb.txt.gz", "bomb", "too_large")),
                summary(ArticleDecoder.decode("bomb.txt.gz", gzip(big))));
    }

    /** A bomb member is rejected alone, even nested in an archive of bombs, and the member after it is read. */
    @Test
    void aBombMemberSpendsItsOwnAllowanceNotTheOthers() {
        byte[] bomb = padded("date 2020-01-29 ", 20 << 20, (byte) 'a');
        byte[] bombs = zip(members("b1.txt", bomb, "b2.txt", bomb, "b3.txt", bomb));
        byte[] zip = zip(members("a-bomb.txt", bomb, "b-bombs.zip", bombs, "c-ok.txt", HELMAND));

        assertEquals(List.of(List.of("z.zip!/a-bomb.txt", "a-bomb", "too_large"),
                List.of("z.zip!/b-bombs.zip!/b1.txt", "b1", "too_large"), List.of("z.zip!/b-bombs.zip!/b2.txt", "b2", "too_large"),
                List.of("z.zip!/b-bombs.zip!/b3.txt", "b3", "too_large"),
                List.of("z.zip!/c-ok.txt", "c-ok", "accepted")), summary(ArticleDecoder.decode("z.zip", zip)));
    }

    /** Members of a nested archive share the allowance of the member they are in: nesting does not multiply it. */
    @Test
    void nestedMembersShareTheirParentsAllowance() {
        // Each part alone is well within an allowance of its own (64 KiB + 100 times its ~0.2 KiB compressed).
        byte[] part = padded("date 2020-01-29 ", 60 << 10, (byte) 'a');
        byte[] parts = zip(members("p1.txt", part, "p2.txt", part, "p3.txt", part));
        // parts.zip is stored: reading it spends its size, then each part its length, from one allowance.
        long allowance = DecompressionBudget.FLOOR + DecompressionBudget.RATIO * (long) parts.length;
        assertTrue(parts.length + 2L * part.length <= allowance && allowance < parts.length + 3L * part.length,
                "two parts fit the shared allowance, three do not: " + parts.length + " " + allowance);

        assertEquals(List.of(List.of("z.zip!/parts.zip!/p1.txt", "p1", "accepted"), List.of("z.zip!/parts.zip!/p2.txt", "p2", "accepted"),
                List.of("z.zip!/parts.zip!/p3.txt", "p3", "too_large")),
                summary(ArticleDecoder.decode("z.zip", storedZip("parts.zip", parts))));
    }

    @Test
    void archiveWithoutFilesIsEmpty() {
        byte[] zip = zip(members("dir/", new byte[0], "dir/.keep", new byte[0]));

        assertEquals(List.of(new RawArticle("e", "e.zip", null, null, null, null, null, sha256(zip), 0,
                ArticleStatus.REJECTED, RejectReason.EMPTY_FILE)), ArticleDecoder.decode("e.zip", zip));
        assertEquals(List.of(List.of("f.zip", "f", "empty_file")), summary(ArticleDecoder.decode("f.zip", new byte[0])));
        assertEquals(List.of(List.of("g.txt.gz", "g", "empty_file")), summary(ArticleDecoder.decode("g.txt.gz", gzip(utf8(" \n")))));
    }
}
