package org.casualtytrends.extract.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.casualtytrends.model.DatePrecision;

/**
 * An interval of dates the text allows, {@code start} and {@code end} inclusive. {@link #best()} is
 * the single date the codebook codes for it.
 */
public record DateWindow(LocalDate start, LocalDate end, DatePrecision precision) {

    public DateWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("date window ends before it starts: " + start + " .. " + end);
        }
        if (precision == DatePrecision.DAY && !end.equals(start)) {
            throw new IllegalArgumentException("a DAY window is one day: " + start + " .. " + end);
        }
    }

    public static DateWindow day(LocalDate d) {
        return new DateWindow(d, d, DatePrecision.DAY);
    }

    /** No date expression for the incident: the three days up to the publication date. */
    public static DateWindow fallback(LocalDate published) {
        return new DateWindow(published.minusDays(2), published, DatePrecision.DAYS);
    }

    /** The whole month, or its first days up to {@code cut} when the month contains {@code cut}. */
    static DateWindow month(YearMonth month, LocalDate cut) {
        LocalDate end = YearMonth.from(cut).equals(month) ? cut : month.atEndOfMonth();
        return new DateWindow(month.atDay(1), end, DatePrecision.MONTH);
    }

    /** The whole year, or its first days up to {@code cut} when the year contains {@code cut}. */
    static DateWindow year(int year, LocalDate cut) {
        LocalDate end = cut.getYear() == year ? cut : LocalDate.of(year, 12, 31);
        return new DateWindow(LocalDate.of(year, 1, 1), end, DatePrecision.YEAR);
    }

    /**
     * DAY: the day; DAYS and WEEK: the middle day (the earlier one for an even length); MONTH: the
     * 15th, as ACLED codes a month-only date, even when the window stops short of it; YEAR: July 1, or
     * the middle day of a year around a day ("two years ago", news-dev R9).
     */
    public LocalDate best() {
        return switch (precision) {
            case DAY -> start;
            case DAYS, WEEK -> start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
            case MONTH -> start.withDayOfMonth(15);
            // a calendar year (from January 1): July 1; a year around a day ("two years ago"): that day
            case YEAR -> start.getDayOfYear() == 1 ? LocalDate.of(start.getYear(), 7, 1)
                    : start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
        };
    }

    public boolean overlaps(DateWindow other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }
}
