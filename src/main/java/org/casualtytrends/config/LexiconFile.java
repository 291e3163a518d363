package org.casualtytrends.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.casualtytrends.text.WordPatterns;

/**
 * A rule or word-list file of {@code conf/lexicon/} or {@code conf/gazetteer/}: its data lines (not blank,
 * not {@code #} comments), split on tabs, each knowing its line number so that errors name the file and line.
 */
public final class LexiconFile {
    public static final String LEXICON = ConfFiles.CLASSPATH + "conf/lexicon/";

    /** One data line: its 1-based number in the file and its tab-separated columns. */
    public record Row(String location, int line, List<String> columns) {
        public String get(int column) {
            if (column >= columns.size()) {
                throw error("expected at least " + (column + 1) + " tab-separated columns");
            }
            return columns.get(column).strip();
        }

        public int getInt(int column) {
            try {
                return Integer.parseInt(get(column));
            } catch (NumberFormatException e) {
                throw error("not a whole number: '" + get(column) + "'");
            }
        }

        public Pattern getPattern(int column, int flags) {
            try {
                return WordPatterns.compile(get(column), flags);
            } catch (PatternSyntaxException e) {
                throw error("bad regex: " + e.getDescription());
            }
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(location + ":" + line + ": " + message);
        }
    }

    private LexiconFile() {
    }

    /** The data rows of a file under {@code conf/lexicon/}. */
    public static List<Row> lexicon(String fileName) {
        return rows(LEXICON + fileName);
    }

    public static List<Row> rows(String location) {
        List<Row> rows = new ArrayList<>();
        String[] lines = ConfFiles.read(location).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                rows.add(new Row(location, i + 1, List.of(line.split("\t", -1))));
            }
        }
        return rows;
    }
}
