package org.casualtytrends.geo.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one of the world tables: a header line, then comma-separated cells (double quotes around a
 * cell with commas or quotes, a doubled quote inside), lines starting with '#' and blank lines skipped.
 */
final class WorldCsv {
    private WorldCsv() {
    }

    /** One row: its cells by column name, and where it is for messages. */
    record Row(String file, int line, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw error("no column '" + column + "'");
            }
            return value;
        }

        List<String> list(String column) {
            List<String> out = new ArrayList<>();
            for (String value : get(column).split("\\|")) {
                if (!value.isBlank()) {
                    out.add(value.strip());
                }
            }
            return out;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ":" + line + ": " + message);
        }
    }

    static List<Row> rows(String file, String contents) {
        String[] lines = contents.split("\r?\n");
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) {
                continue;
            }
            List<String> cells = cells(lines[i]);
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + header.size() + " columns, found " + cells.size());
            }
            Map<String, String> row = new HashMap<>(header.size() * 2);
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            rows.add(new Row(file, i + 1, row));
        }
        if (header == null) {
            throw new IllegalArgumentException(file + ": no header line");
        }
        return rows;
    }

    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
