package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns one input file's bytes into article records, never throwing for bad content: every file,
 * archive member and JSON line becomes a record, accepted or rejected with a reason, in file order.
 *
 * <p>Formats, by the file name's extension (case-insensitive):
 * <ul>
 * <li>{@code .txt}: the seed format ({@link SeedTextFormat}): {@code date YYYY-MM-DD} then the text.
 *     The article id is the file's base name without its extensions ({@code a.txt.gz -> a}).
 * <li>{@code .jsonl}, {@code .json}: one JSON object per line, or one JSON array of objects
 *     ({@link JsonFormat}, {@link JsonArticle}). The id is the object's {@code id}, else its sourcePath,
 *     which gets {@code #L<line>} (lines) or {@code #E<element>} (array).
 * <li>{@code .gz}: the content, decoded by the name without {@code .gz}; {@code .tgz} is {@code .tar.gz}.
 * <li>{@code .tar}, {@code .zip}: each file member, decoded by its own name, with sourcePath
 *     {@code archive!/dir/member} ({@code a.zip!/b.tar.gz!/c.txt} when nested). Directories, dot files
 *     and {@code __MACOSX} entries are skipped. Archives open up to {@value #MAX_NESTING} levels deep.
 * </ul>
 * A file or archive that yields no record at all (an archive of directories, a JSON array {@code []})
 * gets an {@code empty_file} record, so that no input goes unaccounted for.
 *
 * <p>Reject reasons ({@link RejectReason#code()}); the record is for the unit named in the middle
 * column (file, member or JSON line) and carries the SHA-256 of that unit's raw bytes when the
 * decoder held them whole (for the content of a {@code .gz}: the compressed file or member), else null.
 * <table>
 * <caption>Reject reasons</caption>
 * <tr><th>code</th><th>unit</th><th>when</th></tr>
 * <tr><td>{@code empty_file}</td><td>file, member</td><td>0 bytes or only white space (after a BOM); or nothing in it made a record</td></tr>
 * <tr><td>{@code binary_file}</td><td>file, member</td><td>a NUL byte in the first 8 KB, or more than 10% of them control characters other than tab, CR, LF, FF</td></tr>
 * <tr><td>{@code invalid_utf8}</td><td>file, member, line</td><td>not strict UTF-8 (a UTF-8 BOM is allowed); UTF-16 text is read ({@link Utf16})</td></tr>
 * <tr><td>{@code invalid_utf16}</td><td>file, member</td><td>UTF-16 by its byte order mark or zero bytes, but not decodable as such</td></tr>
 * <tr><td>{@code missing_date}</td><td>file, member, line</td><td>no {@code date} token; no {@code published} (absent, null or blank)</td></tr>
 * <tr><td>{@code malformed_date}</td><td>file, member, line</td><td>a date that does not parse or does not exist ({@code 2020-02-30})</td></tr>
 * <tr><td>{@code empty_text}</td><td>file, member, line</td><td>nothing after the date; a blank {@code text}</td></tr>
 * <tr><td>{@code missing_text}</td><td>line</td><td>no string {@code text}</td></tr>
 * <tr><td>{@code malformed_json}</td><td>line</td><td>not a JSON object (with nothing after it); in an array, the element where parsing stopped</td></tr>
 * <tr><td>{@code truncated_gzip}</td><td>file, member</td><td>the gzip data ends before its trailer</td></tr>
 * <tr><td>{@code corrupt_gzip}</td><td>file, member</td><td>any other gzip error (not gzip, bad data, bad CRC)</td></tr>
 * <tr><td>{@code corrupt_archive}</td><td>file, member</td><td>a zip or tar that cannot be opened or whose headers cannot be read; members before a bad tar header are kept</td></tr>
 * <tr><td>{@code corrupt_member}</td><td>member</td><td>a member that fails to read (CRC error, bad data, truncated, encrypted); zip goes on with the next member, tar cannot</td></tr>
 * <tr><td>{@code unsupported_format}</td><td>file, member</td><td>an extension not read ({@code notes.pdf}); an archive nested deeper than {@value #MAX_NESTING}</td></tr>
 * <tr><td>{@code too_large}</td><td>file, member, line</td><td>an article, decompressed member or JSON line over 64 MiB; a gzip layer or zip member decompressing to more than 1 MiB + 100 times its compressed size, or the whole file to more than 64 MiB + 100 times its size ({@link DecompressionBudget}). Reading stops at the limit</td></tr>
 * </table>
 */
public final class ArticleDecoder {
    /** How many archive levels open: {@code a.zip!/b.zip!/c.zip!/d.txt} is the deepest. */
    static final int MAX_NESTING = 3;

    private final List<RawArticle> records = new ArrayList<>();
    /** The allowance of the input being decoded: the file's, or that of the member of the file's archive it is in. */
    private DecompressionBudget budget;

    private ArticleDecoder(DecompressionBudget budget) {
        this.budget = budget;
    }

    /** The records of one input file, in file order; {@code sourcePath} also names the format. */
    public static List<RawArticle> decode(String sourcePath, byte[] content) {
        Objects.requireNonNull(content, "content of " + sourcePath);
        ArticleDecoder decoder = new ArticleDecoder(new DecompressionBudget(content.length));
        decoder.decodeUnit(Unit.whole(sourcePath, sourcePath, content), 0);
        return decoder.records;
    }

    /** The record of a file rejected before its bytes are read. */
    static RawArticle rejectFile(String path, RejectReason reason) {
        return RawArticle.rejected(FileNames.stem(path), path, reason, null);
    }

    /**
     * A member of the file's own archive ({@code nesting} 1) is an input of its own, with its own
     * allowance; deeper members share their parent's ({@link DecompressionBudget}).
     *
     * @param compressedBytes the member's size in its archive, -1 when unknown (then it shares the file's)
     */
    DecompressionBudget budgetOf(int nesting, long compressedBytes) {
        return nesting == 1 && compressedBytes >= 0 ? new DecompressionBudget(compressedBytes) : budget;
    }

    /** Decodes a member's bytes, read under {@code memberBudget} ({@link #budgetOf}), which its own content shares. */
    void decodeMember(String path, String name, byte[] bytes, int nesting, DecompressionBudget memberBudget) {
        DecompressionBudget outer = budget;
        budget = memberBudget;
        try {
            decodeUnit(Unit.whole(path, name, bytes), nesting);
        } finally {
            budget = outer;
        }
    }

    void rejectMember(String path, String name, RejectReason reason) {
        records.add(RawArticle.rejected(FileNames.stem(name), path, reason, null));
    }

    /** @param nesting how many archives {@code unit} is inside */
    private void decodeUnit(Unit unit, int nesting) {
        int before = records.size();
        try {
            decodeContent(unit, nesting);
        } catch (IOException e) {
            // Only a gzip layer reads from a stream; every other failure already is a Rejection.
            reject(unit, Rejection.of(e, RejectReason.CORRUPT_GZIP).reason());
        }
        if (records.size() == before) {
            reject(unit, RejectReason.EMPTY_FILE);
        }
    }

    private void decodeContent(Unit unit, int nesting) throws IOException {
        InputFormat format = InputFormat.of(unit.name());
        if (format.isArchive() && nesting >= MAX_NESTING) {
            throw new Rejection(RejectReason.UNSUPPORTED_FORMAT);
        }
        Unit text = format == InputFormat.TEXT || format == InputFormat.JSON ? Utf16.asUtf8(unit) : unit;
        if (text.bytes() != null && TextChecks.isBlank(text.bytes(), 0, text.bytes().length)) {
            throw new Rejection(RejectReason.EMPTY_FILE);
        }
        switch (format) {
            case TEXT -> records.add(SeedTextFormat.decode(text.stem(), text.path(), text.whole()));
            case JSON -> JsonFormat.decode(text, records);
            case GZIP -> decodeUnit(unit.gunzipped(budget.meter(GzipInput.open(unit.open()))), nesting);
            case TAR -> TarMembers.decode(unit.path(), unit.open(), this, nesting + 1);
            case ZIP -> ZipMembers.decode(unit.path(), unit.whole(), this, nesting + 1);
            case UNSUPPORTED -> throw new Rejection(RejectReason.UNSUPPORTED_FORMAT);
        }
    }

    private void reject(Unit unit, RejectReason reason) {
        records.add(RawArticle.rejected(unit.stem(), unit.path(), reason, ContentHash.ofBytes(unit.raw())));
    }
}
