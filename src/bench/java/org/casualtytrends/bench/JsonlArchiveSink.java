package org.casualtytrends.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Files part-00000.jsonl, ... of up to articlesPerFile lines {"id","published","title","text","source","url"}. */
final class JsonlArchiveSink implements ArchiveSink {
    private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);

    private final Path dir;
    private final int perFile;
    private Path path;
    private JsonGenerator json;
    private int lines;
    private long bytes;
    private int files;

    JsonlArchiveSink(Path dir, int articlesPerFile) {
        this.dir = dir;
        this.perFile = articlesPerFile;
    }

    @Override
    public void write(SyntheticArchive.GeneratedArticle article) throws IOException {
        if (json == null || lines == perFile) {
            close();
            path = dir.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", files));
            json = JSON.createGenerator(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16), JsonEncoding.UTF8);
            files++;
            lines = 0;
        }
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("published", article.published().toString());
        json.writeStringField("title", article.title());
        json.writeStringField("text", article.text());
        json.writeStringField("source", article.source());
        json.writeStringField("url", article.url());
        json.writeEndObject();
        json.writeRaw('\n');
        lines++;
    }

    @Override
    public long bytes() {
        return bytes;
    }

    @Override
    public int files() {
        return files;
    }

    @Override
    public void close() throws IOException {
        if (json != null) {
            json.close();
            json = null;
            bytes += Files.size(path);
        }
    }
}
