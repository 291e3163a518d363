package org.casualtytrends.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casualtytrends.config.ConfFiles;

/** Records of a tab-separated file with a header line (the gazetteer's), as maps from column name to value. */
final class TsvRecords {
    private TsvRecords() {
    }

    static List<Map<String, String>> read(String location, List<String> requiredColumns) {
        String[] lines = ConfFiles.read(location).split("\r?\n");
        List<String> header = split(lines[0]);
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
            List<String> fields = split(lines[i]);
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

    private static List<String> split(String line) {
        return List.of(line.split("\t", -1));
    }
}
