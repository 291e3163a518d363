package org.casualtytrends.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casualtytrends.config.ConfFiles;

/** Records of a CSV file with a header line (RFC 4180 quoting, no line breaks inside fields), as maps from column name to value. */
final class CsvRecords {
    private CsvRecords() {
    }

    static List<Map<String, String>> read(String location, List<String> requiredColumns) {
        String[] lines = ConfFiles.read(location).split("\r?\n");
        List<String> header = split(location, 1, lines[0]);
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException(location + " line 1: no column " + column);
            }
        }
        List<Map<String, String>> records = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = split(location, i + 1, lines[i]);
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(location + " line " + (i + 1) + ": " + fields.size()
                        + " fields, the header has " + header.size());
            }
            Map<String, String> record = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                record.put(header.get(c), fields.get(c));
            }
            records.add(record);
        }
        return records;
    }

    private static List<String> split(String location, int lineNumber, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(location + " line " + lineNumber + ": unclosed quote");
        }
        fields.add(field.toString());
        return fields;
    }
}
