package org.casualtytrends.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule file read: the one format of every file of the rules folder. Tab-separated; lines starting
 * with {@code #} and blank lines are skipped; the first other line is the header, naming the columns
 * (it must name those of the {@link RuleFile}; a data file may have more); then one row per line,
 * cells stripped of surrounding white space, trailing empty cells optional. Every error names the
 * file, the line and the configuration key that chose the folder.
 */
public final class RuleTable {
    private final String source;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private RuleTable(String source, Map<String, Integer> columns, List<Row> rows) {
        this.source = source;
        this.columns = columns;
        this.rows = List.copyOf(rows);
    }

    /** Parses {@code text}, the contents of {@code source} (a location, for messages), whose header must name {@code required}. */
    static RuleTable parse(String source, String text, List<String> required) {
        String[] lines = text.split("\r?\n", -1);
        Map<String, Integer> columns = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            if (columns == null) {
                columns = header(source, i + 1, cells, required);
            } else if (cells.length > columns.size()) {
                throw error(source, i + 1, cells.length + " tab-separated cells, the header names " + columns.size());
            } else {
                rows.add(new Row(source, i + 1, cells, columns));
            }
        }
        if (columns == null) {
            throw error(source, 0, "no header line naming the columns " + String.join(", ", required));
        }
        return new RuleTable(source, columns, rows);
    }

    private static Map<String, Integer> header(String source, int line, String[] cells, List<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < cells.length; c++) {
            if (columns.put(cells[c], c) != null) {
                throw error(source, line, "the header names column '" + cells[c] + "' twice");
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw error(source, line, "the header " + Arrays.toString(cells) + " lacks the column '" + column
                        + "'; expected " + String.join("<TAB>", required));
            }
        }
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** An error about the file as a whole. */
    public IllegalArgumentException error(String message) {
        return error(source, 0, message);
    }

    private static IllegalArgumentException error(String source, int line, String message) {
        return new IllegalArgumentException(source + (line > 0 ? ":" + line : "") + ": " + message
                + " (a rule file of " + RuleBundle.KEY + ")");
    }

    /** One data line: its number in the file and its cells, by column name. */
    public static final class Row {
        private final String source;
        private final int line;
        private final String[] cells;
        private final Map<String, Integer> columns;

        private Row(String source, int line, String[] cells, Map<String, Integer> columns) {
            this.source = source;
            this.line = line;
            this.cells = cells;
            this.columns = columns;
        }

        /** The cell, which must not be empty. */
        public String get(String column) {
            String cell = optional(column);
            if (cell.isEmpty()) {
                throw error("no " + column);
            }
            return cell;
        }

        /** The cell, "" when empty or missing. */
        public String optional(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalStateException(source + " has no column " + column);
            }
            return index < cells.length ? cells[index] : "";
        }

        public int getInt(String column) {
            return as(column, Integer::parseInt);
        }

        /** The cell as a regex, compiled with {@code flags}. */
        public Pattern pattern(String column, int flags) {
            try {
                return Pattern.compile(get(column), flags);
            } catch (PatternSyntaxException e) {
                throw error("bad regex in " + column + ": " + e.getDescription());
            }
        }

        /** The cell read by {@code parse}, whose IllegalArgumentException (NumberFormatException included) becomes this row's error. */
        public <T> T as(String column, Function<String, T> parse) {
            String cell = get(column);
            try {
                return parse.apply(cell);
            } catch (IllegalArgumentException e) {
                throw error("bad " + column + " '" + cell + "'" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }

        /** The non-empty pieces of the cell split at {@code separator} (a literal string), stripped. */
        public List<String> list(String column, String separator) {
            // indexOf, not split(Pattern.quote(...)): the gazetteer's tables call this for 40,000 rows.
            String cell = optional(column);
            List<String> pieces = new ArrayList<>(4);
            for (int from = 0; from <= cell.length(); ) {
                int to = cell.indexOf(separator, from);
                String piece = cell.substring(from, to < 0 ? cell.length() : to).strip();
                if (!piece.isEmpty()) {
                    pieces.add(piece);
                }
                if (to < 0) {
                    break;
                }
                from = to + separator.length();
            }
            return pieces;
        }

        public IllegalArgumentException error(String message) {
            return RuleTable.error(source, line, message);
        }
    }
}
