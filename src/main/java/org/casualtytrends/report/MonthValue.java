package org.casualtytrends.report;

import java.time.YearMonth;

/** One month's sums: low, best and high (all three the best where a kind has no range). */
record MonthValue(YearMonth month, long low, long best, long high) {
}
