package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** The file members of a tar stream, each handed to the decoder in archive order. */
final class TarMembers {
    private TarMembers() {
    }

    static void decode(String path, InputStream in, ArticleDecoder decoder, int nesting) throws Rejection {
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        for (TarArchiveEntry entry = next(tar); entry != null; entry = next(tar)) {
            String name = entry.getName();
            if (!entry.isFile() || FileNames.isHidden(name)) {
                continue;
            }
            String memberPath = path + FileNames.MEMBER_SEPARATOR + name;
            if (entry.getSize() > ByteLimits.MAX_BYTES) {
                decoder.rejectMember(memberPath, name, RejectReason.TOO_LARGE);
                continue;
            }
            byte[] bytes;
            try {
                bytes = ByteLimits.readAll(tar);
            } catch (IOException | RuntimeException e) {
                // A tar stream has no index: after a broken member there is no telling where the next starts.
                decoder.rejectMember(memberPath, name, Rejection.of(e, RejectReason.CORRUPT_MEMBER).reason());
                return;
            }
            decoder.decodeMember(memberPath, name, bytes, nesting, decoder.budgetOf(nesting, bytes.length));
        }
        try {
            // The tar ends before its stream does: read on, so that a gzip layer checks its trailer.
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw Rejection.of(e, RejectReason.CORRUPT_ARCHIVE);
        }
    }

    /** Commons-compress reports some malformed headers with unchecked exceptions. */
    private static TarArchiveEntry next(TarArchiveInputStream tar) throws Rejection {
        try {
            return tar.getNextEntry();
        } catch (IOException | RuntimeException e) {
            throw Rejection.of(e, RejectReason.CORRUPT_ARCHIVE);
        }
    }
}
