package org.casualtytrends.ingest;

import org.casualtytrends.model.ArticleStatus;

import org.casualtytrends.model.RejectReason;

import static org.casualtytrends.ingest.TestInputs.gzip;
import static org.casualtytrends.ingest.TestInputs.tar;
import static org.casualtytrends.ingest.TestInputs.utf8;
import static org.casualtytrends.ingest.TestInputs.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Damaged input of every format: never an exception, always at least one well-formed record. */
class DecoderRobustnessTest {
    /** What the decoder decides; the other reasons are decided by later stages. */
    private static final Set<RejectReason> REASONS = EnumSet.complementOf(EnumSet.of(RejectReason.ARTICLE_ID_CONFLICT, RejectReason.EXTRACTION_FAILED));

    private static Map<String, byte[]> validFiles() {
        byte[] text = utf8("date 2020-01-29 Ten soldiers were killed in Kunduz on Tuesday night.");
        byte[] lines = utf8("{\"id\":1,\"published\":\"2020-01-29\",\"text\":\"Ten killed.\"}\n"
                + "{\"id\":2,\"published\":\"2020-01-30\",\"text\":\"Two wounded.\"}\n");
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("a.txt", text);
        members.put("b.jsonl", lines);
        members.put("c.txt.gz", gzip(text));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("f.txt", text);
        files.put("f.jsonl", lines);
        files.put("f.json", utf8("[" + new String(lines).trim().replace("\n", ",") + "]"));
        files.put("f.txt.gz", gzip(text));
        files.put("f.jsonl.gz", gzip(lines));
        files.put("f.tar.gz", gzip(tar(members)));
        files.put("f.zip", zip(members));
        return files;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void damagedInputAlwaysYieldsRecords(int seed) {
        Random random = new Random(seed);
        for (Map.Entry<String, byte[]> file : validFiles().entrySet()) {
            for (int trial = 0; trial < 40; trial++) {
                byte[] damaged = damage(file.getValue(), random);
                List<RawArticle> records = ArticleDecoder.decode(file.getKey(), damaged);
                assertFalse(records.isEmpty(), file.getKey());
                for (RawArticle record : records) {
                    assertWellFormed(record);
                }
            }
        }
    }

    private static byte[] damage(byte[] content, Random random) {
        if (random.nextBoolean()) {
            return Arrays.copyOf(content, random.nextInt(content.length));
        }
        byte[] copy = content.clone();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return copy;
    }

    private static void assertWellFormed(RawArticle record) {
        if (ArticleStatus.ACCEPTED.equals(record.status())) {
            assertTrue(record.text() != null && record.publishedDate() != null && record.contentHash() != null, record.toString());
            assertEquals(record.text().length(), record.nChars());
        } else {
            assertEquals(ArticleStatus.REJECTED, record.status());
            assertTrue(REASONS.contains(record.rejectReason()), record.toString());
            assertEquals(0, record.nChars());
        }
        assertFalse(record.articleId() == null || record.articleId().isEmpty() || record.sourcePath() == null, record.toString());
    }
}
