package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JSON articles ({@link JsonArticle}): one object per line (JSON Lines), or, when the content starts
 * with {@code [}, one array of objects. Streams either way, so a large {@code .jsonl.gz} is never held
 * whole. Lines are numbered from 1 (blank lines count but make no record); array elements likewise.
 */
final class JsonFormat {
    /** Thread-safe once configured; strings up to the article limit (Jackson's default is smaller). */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(ByteLimits.MAX_BYTES).build())
            .build());
    /** A line is one value with nothing after it; array elements are read off a parser that goes on. */
    private static final ObjectReader LINE_READER = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFormat() {
    }

    /** Adds the unit's records to {@code out}; a rejection for failures of the unit as a whole. */
    static void decode(Unit unit, List<RawArticle> out) throws IOException {
        PushbackInputStream in = new PushbackInputStream(unit.open(), TextChecks.SAMPLE_BYTES);
        byte[] sample = in.readNBytes(TextChecks.SAMPLE_BYTES);
        if (TextChecks.looksBinary(sample, sample.length)) {
            throw new Rejection(RejectReason.BINARY_FILE);
        }
        int bom = TextChecks.bomLength(sample, 0, sample.length);
        in.unread(sample, bom, sample.length - bom);
        if (startsWithBracket(sample, bom)) {
            decodeArray(unit.path(), in, out);
        } else {
            decodeLines(unit.path(), in, out);
        }
    }

    private static void decodeLines(String path, InputStream in, List<RawArticle> out) throws IOException {
        LineReader lines = new LineReader(in);
        while (true) {
            try {
                if (!lines.next()) {
                    return;
                }
            } catch (Rejection r) {
                if (r.reason() != RejectReason.TOO_LARGE) {
                    throw r;
                }
                out.add(RawArticle.rejected(path + "#L" + lines.number(), path + "#L" + lines.number(), r.reason(), null));
                return;
            }
            byte[] bytes = lines.bytes();
            int length = lines.length();
            if (TextChecks.isBlank(bytes, 0, length)) {
                continue;
            }
            // Without an id of its own, a record's id is its source path: unique, also across files of one name.
            String linePath = path + "#L" + lines.number(), id = linePath;
            JsonNode node;
            try {
                node = parseLine(bytes, length);
            } catch (Rejection r) {
                out.add(RawArticle.rejected(id, linePath, r.reason(), ContentHash.ofBytes(bytes, 0, length)));
                continue;
            }
            out.add(JsonArticle.toRecord(node, id, linePath, () -> ContentHash.ofBytes(bytes, 0, length)));
        }
    }

    private static JsonNode parseLine(byte[] bytes, int length) throws Rejection {
        String line = TextChecks.utf8(bytes, 0, length);
        try {
            return LINE_READER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new Rejection(RejectReason.MALFORMED_JSON, e);
        }
    }

    /** Array elements have no raw bytes of their own, so rejected ones carry no hash. */
    private static void decodeArray(String path, InputStream in, List<RawArticle> out) throws IOException {
        int n = 1;
        try (JsonParser parser = MAPPER.createParser(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()))) {
            parser.nextToken();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), n++) {
                JsonNode element = parser.readValueAsTree();
                out.add(JsonArticle.toRecord(element, path + "#E" + n, path + "#E" + n, () -> null));
            }
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "content after the closing ]");
            }
        } catch (IOException e) {
            out.add(RawArticle.rejected(path + "#E" + n, path + "#E" + n, syntaxFailure(e), null));
        }
    }

    /** Why the parser stopped; failures of the stream below it (gzip, size budget) are rethrown. */
    private static RejectReason syntaxFailure(IOException e) throws Rejection {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Rejection r) {
                throw r;
            }
            if (t instanceof CharacterCodingException) {
                return RejectReason.INVALID_UTF8;
            }
            if (t instanceof StreamConstraintsException) {
                return RejectReason.TOO_LARGE;
            }
        }
        return RejectReason.MALFORMED_JSON;
    }

    private static boolean startsWithBracket(byte[] sample, int from) {
        for (int i = from; i < sample.length; i++) {
            if (sample[i] == '[') {
                return true;
            }
            if (!TextChecks.isAsciiWhiteSpace(sample[i])) {
                return false;
            }
        }
        return false;
    }
}
