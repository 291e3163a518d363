package org.casualtytrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void stemDropsTheExtensionsOfReadFormatsOnly() {
        assertEquals(List.of("a", "B", "news.2020.01", "notes.pdf", "x", ".txt", "unnamed"),
                List.of(FileNames.stem("dir/a.txt.gz"), FileNames.stem("B.TGZ"), FileNames.stem("news.2020.01.jsonl"),
                        FileNames.stem("notes.pdf"), FileNames.stem("c:\\in\\x.zip"), FileNames.stem(".txt"), FileNames.stem("dir/")));
    }

    @Test
    void gunzippedNamesTheContent() {
        assertEquals(List.of("a.txt", "b.tar", "dir/c.JSONL", "d"),
                List.of(FileNames.gunzipped("a.txt.gz"), FileNames.gunzipped("b.tgz"), FileNames.gunzipped("dir/c.JSONL.GZ"),
                        FileNames.gunzipped("d.gz")));
    }

    @Test
    void hidesDotFilesAndMacResourceForks() {
        assertEquals(List.of(true, true, true, false, false),
                List.of(FileNames.isHidden("d/.DS_Store"), FileNames.isHidden("__MACOSX/d/x.txt"),
                        FileNames.isHidden("d/__MACOSX/x.txt"), FileNames.isHidden("d/x.txt"), FileNames.isHidden("d.e/x.txt")));
    }
}
