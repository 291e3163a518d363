package org.casualtytrends.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.YearMonth;

/** Tick labels of an axis counting months ({@code year * 12 + month - 1}): "2021-03". */
final class MonthIndexFormat extends NumberFormat {
    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return format(Math.round(number), to, pos);
    }

    @Override
    public StringBuffer format(long index, StringBuffer to, FieldPosition pos) {
        return to.append(YearMonth.of((int) Math.floorDiv(index, 12), (int) Math.floorMod(index, 12) + 1));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("month labels are not parsed");
    }
}
