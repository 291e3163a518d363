package org.casualtytrends.bench;

import java.util.ArrayList;
import java.util.List;
import org.casualtytrends.config.ConfFiles;

/** A conf/bench table: data lines of {@code |}-separated fields, kept with their line numbers for error messages. */
record ConfTable(String location, List<Row> rows) {

    /** One data line. */
    record Row(String location, int line, List<String> fields) {
        String field(int column) {
            return fields.get(column);
        }

        int intField(int column) {
            try {
                return Integer.parseInt(fields.get(column));
            } catch (NumberFormatException e) {
                throw error("field " + (column + 1) + " is not a whole number: " + fields.get(column));
            }
        }

        double doubleField(int column) {
            try {
                return Double.parseDouble(fields.get(column));
            } catch (NumberFormatException e) {
                throw error("field " + (column + 1) + " is not a number: " + fields.get(column));
            }
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(location + " line " + line + ": " + message);
        }
    }

    /** Reads the table, requiring exactly {@code columns} fields on every data line. */
    static ConfTable read(String location, int columns) {
        String[] lines = ConfFiles.read(location).split("\r?\n", -1);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String field : line.split("\\|", -1)) {
                fields.add(field.strip());
            }
            Row row = new Row(location, i + 1, List.copyOf(fields));
            if (fields.size() != columns) {
                throw row.error("expected " + columns + " fields separated by |, found " + fields.size());
            }
            rows.add(row);
        }
        return new ConfTable(location, List.copyOf(rows));
    }
}
