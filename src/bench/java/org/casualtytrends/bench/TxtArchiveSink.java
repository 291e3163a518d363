package org.casualtytrends.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One file per article in the evaluation sets' input format ("date YYYY-MM-DD " then the title and text),
 * in folders part-00000, part-00001, ... of at most 1,000 files so that a large archive stays listable.
 */
final class TxtArchiveSink implements ArchiveSink {
    static final int MAX_FILES_PER_FOLDER = 1000;

    private final Path dir;
    private final int perFolder;
    private Path folder;
    private long bytes;
    private int files;

    TxtArchiveSink(Path dir, int articlesPerFile) {
        this.dir = dir;
        this.perFolder = Math.min(articlesPerFile, MAX_FILES_PER_FOLDER);
    }

    static String format(SyntheticArchive.GeneratedArticle article) {
        return "date " + article.published() + " " + article.title() + "\n\n" + article.text() + "\n";
    }

    @Override
    public void write(SyntheticArchive.GeneratedArticle article) throws IOException {
        if (files % perFolder == 0) {
            folder = Files.createDirectories(dir.resolve(String.format(Locale.ROOT, "part-%05d", files / perFolder)));
        }
        byte[] content = format(article).getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(article.id() + ".txt"), content);
        bytes += content.length;
        files++;
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
    public void close() {
        // each file is closed as it is written
    }
}
