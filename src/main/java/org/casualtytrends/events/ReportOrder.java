package org.casualtytrends.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import org.casualtytrends.model.DatePrecision;
import org.casualtytrends.model.LocationPrecision;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsLast;

/** Orders of reports; every one ends on the incident id, so no order depends on the input's. */
final class ReportOrder {
    /** The sweep: by window start, then event date; undated reports last. */
    static final Comparator<Report> SWEEP = comparing(Report::windowStart, nullsLast(naturalOrder()))
            .thenComparing(r -> r.incident().eventDate(), nullsLast(naturalOrder()))
            .thenComparing(Report::id);

    /** The report that founds an event and names it: the first published, so later reports keep the id. */
    static final Comparator<Report> FOUNDING = comparing(Report::published, nullsLast(naturalOrder()))
            .thenComparing(Report::id);

    /** Most precise date first, then the narrowest window. */
    static final Comparator<Report> MOST_PRECISE_DATE = comparing(
                    (Report r) -> rank(r.incident().datePrecision(), DatePrecision.values().length))
            .thenComparingLong(ReportOrder::windowDays)
            .thenComparing(r -> r.incident().eventDate(), nullsLast(naturalOrder()))
            .thenComparing(Report::id);

    /** Most precise place first: district, province, country. */
    static final Comparator<Report> MOST_PRECISE_PLACE = comparing(
                    (Report r) -> rank(r.incident().locationPrecision(), LocationPrecision.values().length))
            .thenComparing(Report::id);

    private ReportOrder() {
    }

    /** The precision's rank, most precise first (the order of its enum); an unknown precision after all known ones. */
    private static int rank(Enum<?> precision, int known) {
        return precision == null ? known : precision.ordinal();
    }

    private static long windowDays(Report r) {
        LocalDate start = r.windowStart();
        return start == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(start, r.windowEnd());
    }
}
