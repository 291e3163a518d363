package org.casualtytrends.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Month and weekday names as news copy writes them (conf/bench/months.txt). */
final class DateWords {
    private final String[] full = new String[13];
    private final String[] abbreviated = new String[13];

    private DateWords() {
    }

    static DateWords load(String location) {
        DateWords words = new DateWords();
        for (ConfTable.Row row : ConfTable.read(location, 3).rows()) {
            int month = row.intField(0);
            if (month < 1 || month > 12 || words.full[month] != null) {
                throw row.error("month number out of range or repeated: " + month);
            }
            words.full[month] = row.field(1);
            words.abbreviated[month] = row.field(2);
        }
        for (int month = 1; month <= 12; month++) {
            if (words.full[month] == null) {
                throw new IllegalArgumentException(location + ": month " + month + " is missing");
            }
        }
        return words;
    }

    String monthName(LocalDate date) {
        return full[date.getMonthValue()];
    }

    /** Wire style: "Jan.", "March", "Sept.". */
    String monthAbbreviation(LocalDate date) {
        return abbreviated[date.getMonthValue()];
    }

    static String weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
