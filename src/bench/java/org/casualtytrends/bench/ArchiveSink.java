package org.casualtytrends.bench;

import java.io.Closeable;
import java.io.IOException;

/** Where write() puts articles, in index order; bytes and files count what has been written once closed. */
interface ArchiveSink extends Closeable {
    void write(SyntheticArchive.GeneratedArticle article) throws IOException;

    long bytes();

    int files();
}
