package org.casualtytrends.extract.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.casualtytrends.model.DatePrecision;

/** How a phrase of {@code conf/dates/relative.tsv} is resolved against the publication date P. */
enum RelativeRule {
    /** P plus a number of days. */
    DAY {
        @Override
        DateWindow resolve(LocalDate published, int days) {
            return DateWindow.day(published.plusDays(days));
        }
    },
    PAST_WEEK {
        @Override
        DateWindow resolve(LocalDate published, int days) {
            return new DateWindow(published.minusDays(7), published.minusDays(1), DatePrecision.WEEK);
        }
    },
    /** From the 1st of P's month to the day before P (P itself when P is the 1st). */
    MONTH_TO_DATE {
        @Override
        DateWindow resolve(LocalDate published, int days) {
            LocalDate first = published.withDayOfMonth(1);
            return new DateWindow(first, latest(first, published.minusDays(1)), DatePrecision.MONTH);
        }
    },
    PREVIOUS_MONTH {
        @Override
        DateWindow resolve(LocalDate published, int days) {
            return DateWindow.month(YearMonth.from(published).minusMonths(1), published);
        }
    },
    /** From January 1 of P's year to the day before P (P itself when P is January 1). */
    YEAR_TO_DATE {
        @Override
        DateWindow resolve(LocalDate published, int days) {
            LocalDate first = published.withDayOfYear(1);
            return new DateWindow(first, latest(first, published.minusDays(1)), DatePrecision.YEAR);
        }
    },
    PREVIOUS_YEAR {
        @Override
        DateWindow resolve(LocalDate published, int days) {
            return DateWindow.year(published.getYear() - 1, published);
        }
    };

    /** {@code days} is used by {@link #DAY} only. */
    abstract DateWindow resolve(LocalDate published, int days);

    /** The rule named in the word list, e.g. {@code past_week}. */
    static RelativeRule named(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
