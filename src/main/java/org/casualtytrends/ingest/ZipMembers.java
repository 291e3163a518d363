package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The file members of a zip archive, each handed to the decoder in the order they are stored. Read
 * through the central directory, so a broken member does not stop the members after it.
 */
final class ZipMembers {
    private ZipMembers() {
    }

    static void decode(String path, byte[] zip, ArticleDecoder decoder, int nesting) throws Rejection {
        ZipFile file = open(zip);
        try {
            for (ZipArchiveEntry entry : Collections.list(file.getEntriesInPhysicalOrder())) {
                String name = entry.getName();
                if (entry.isDirectory() || FileNames.isHidden(name)) {
                    continue;
                }
                String memberPath = path + FileNames.MEMBER_SEPARATOR + name;
                DecompressionBudget budget = decoder.budgetOf(nesting, entry.getCompressedSize());
                byte[] bytes;
                try {
                    bytes = readChecked(file, entry, budget);
                } catch (IOException | RuntimeException e) {
                    decoder.rejectMember(memberPath, name, Rejection.of(e, RejectReason.CORRUPT_MEMBER).reason());
                    continue;
                }
                decoder.decodeMember(memberPath, name, bytes, nesting, budget);
            }
        } finally {
            ZipFile.closeQuietly(file);
        }
    }

    /** Commons-compress reports some malformed archives with unchecked exceptions. */
    private static ZipFile open(byte[] zip) throws Rejection {
        try {
            return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
        } catch (IOException | RuntimeException e) {
            throw new Rejection(RejectReason.CORRUPT_ARCHIVE, e);
        }
    }

    /** The member's bytes, checked against the CRC the archive records for them. */
    private static byte[] readChecked(ZipFile file, ZipArchiveEntry entry, DecompressionBudget budget) throws IOException {
        if (!file.canReadEntryData(entry)) {
            throw new Rejection(RejectReason.CORRUPT_MEMBER);   // encrypted, or a compression method not supported
        }
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(budget.meter(file.getInputStream(entry)), crc)) {
            byte[] bytes = ByteLimits.readAll(in);
            if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                throw new Rejection(RejectReason.CORRUPT_MEMBER);
            }
            return bytes;
        }
    }
}
