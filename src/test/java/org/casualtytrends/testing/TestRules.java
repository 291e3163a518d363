package org.casualtytrends.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;

/** Rules folders for tests: a copy of the packaged rule files with one file replaced. */
public final class TestRules {
    private TestRules() {
    }

    /** Writes the packaged rule files under {@code folder}, {@code file} with {@code contents}; returns the folder. */
    public static Path folderWith(Path folder, RuleFile file, String contents) {
        try {
            for (RuleFile f : RuleFile.values()) {
                Path path = folder.resolve(f.path());
                Files.createDirectories(path.getParent());
                Files.writeString(path, f == file ? contents : RuleBundle.packaged().text(f));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packaged rules with {@code file} replaced by {@code contents}, read as a user's folder is. */
    public static RuleBundle with(Path folder, RuleFile file, String contents) {
        return RuleBundle.load(folderWith(folder, file, contents).toString());
    }
}
