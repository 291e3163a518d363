package org.casualtytrends.extract.dates;

import static org.casualtytrends.extract.dates.DateGrammar.AGO_COUNT;
import static org.casualtytrends.extract.dates.DateGrammar.AGO_UNIT;
import static org.casualtytrends.extract.dates.DateGrammar.DM_DAY;
import static org.casualtytrends.extract.dates.DateGrammar.DM_MONTH;
import static org.casualtytrends.extract.dates.DateGrammar.DM_YEAR;
import static org.casualtytrends.extract.dates.DateGrammar.LAST_MONTH;
import static org.casualtytrends.extract.dates.DateGrammar.LAST_WEEKDAY;
import static org.casualtytrends.extract.dates.DateGrammar.MD_DAY;
import static org.casualtytrends.extract.dates.DateGrammar.MD_MONTH;
import static org.casualtytrends.extract.dates.DateGrammar.MD_YEAR;
import static org.casualtytrends.extract.dates.DateGrammar.MONTH;
import static org.casualtytrends.extract.dates.DateGrammar.MY_MONTH;
import static org.casualtytrends.extract.dates.DateGrammar.MY_YEAR;
import static org.casualtytrends.extract.dates.DateGrammar.RELATIVE;
import static org.casualtytrends.extract.dates.DateGrammar.WEEKDAY;
import static org.casualtytrends.extract.dates.DateGrammar.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.DatePrecision;
import org.casualtytrends.text.PatternGroup;

/**
 * Finds the date expressions of a sentence and resolves each against the article's publication
 * date P (CODEBOOK.md section 5). Immutable and thread-safe; its pattern is compiled once.
 *
 * <p>A mention's span covers the words that carry the date, with their leading "on", "in",
 * "late on", "last" and trailing part of the day ("late on Tuesday night", "in October 2017").
 * A day and month without a year falls in the latest year that puts it on or before P (or at most
 * a week after P); a month without a year is the latest such month, cut at P when it is P's month.
 * Years are four digits from 1900 (the grammar reads 19xx and 20xx) to P's year.
 */
public final class DateReader {
    /**
     * A day and month without a year up to this many days after P is read in P's year: ISAF releases
     * head "May 11:" over a feed date of May 10, which is not May 11 of the year before.
     */
    private static final int DAYS_AFTER_PUBLISHED = 7;

    private final DateWords words;
    /** The grammar, tried only where one of the words or numbers a date starts with stands on a word boundary. */
    private final PatternGroup grammar;
    /** "a day after", "eight months after" opening a clause about an earlier event. */
    private final Pattern spanAfter;

    DateReader(DateWords words) {
        this.words = words;
        this.grammar = PatternGroup.of(List.of(DateGrammar.compile(words)));
        this.spanAfter = Pattern.compile("^(\\d{1,2}|" + String.join("|", words.counts().keySet()) + ")\\s+(day|week|month|year|decade)s?\\s+after\\b",
                Pattern.CASE_INSENSITIVE);
    }

    /** The reader of the rule files' word lists ({@code dates/}), built once per JVM. */
    public static DateReader of(RuleBundle rules) {
        return rules.shared(DateReader.class, r -> new DateReader(DateWords.load(r)));
    }

    /** Of the packaged rule files. */
    public static DateReader defaults() {
        return of(RuleBundle.packaged());
    }

    /** The sentence's date mentions, in order of position; empty when it has none. */
    public List<DateMention> read(String sentence, LocalDate published) {
        List<DateMention> mentions = new ArrayList<>();
        PatternGroup.Matches matches = grammar.matches(sentence);
        Matcher m = matches.find(0, 0);
        while (m != null) {
            DateMention mention = resolve(m, sentence, published);
            if (mention != null) {
                mentions.add(mention);
            }
            m = matches.find(0, Math.max(m.end(), m.start() + 1));
        }
        return mentions;
    }

    /** The mention of the current match, or null when it is not a real date (Feb. 30, a year after P's). */
    private DateMention resolve(Matcher m, String sentence, LocalDate published) {
        if (m.start(RELATIVE) >= 0) {
            RelativePhrase phrase = words.relativePhrases().get(DateWords.key(m.group(RELATIVE)));
            return mention(sentence, m.start(), m.end(), phrase.resolve(published), true);
        }
        if (m.start(AGO_COUNT) >= 0) {
            return mention(sentence, m.start(), m.end(), ago(m.group(AGO_COUNT), m.group(AGO_UNIT), published), true);
        }
        if (m.start(WEEKDAY) >= 0) {
            DayOfWeek weekday = DayOfWeek.of(words.weekdays().get(DateWords.key(m.group(WEEKDAY))));
            LocalDate day = published.with(m.start(LAST_WEEKDAY) >= 0
                    ? TemporalAdjusters.previous(weekday)
                    : TemporalAdjusters.previousOrSame(weekday));
            return mention(sentence, m.start(), m.end(), DateWindow.day(day), true);
        }
        if (m.start(MD_MONTH) >= 0) {
            return dayOfMonth(m, sentence, published, MD_MONTH, MD_DAY, MD_YEAR, m.end(MD_DAY));
        }
        if (m.start(DM_DAY) >= 0) {
            return dayOfMonth(m, sentence, published, DM_MONTH, DM_DAY, DM_YEAR, m.end(DM_MONTH));
        }
        if (m.start(MY_MONTH) >= 0) {
            int year = Integer.parseInt(m.group(MY_YEAR));
            return year > published.getYear() ? null
                    : mention(sentence, m.start(), m.end(),
                            DateWindow.month(YearMonth.of(year, month(m, MY_MONTH)), published), false);
        }
        if (m.start(MONTH) >= 0) {
            YearMonth month = YearMonth.of(published.getYear(), month(m, MONTH));
            // "last November" written in November is a year before
            if (month.isAfter(YearMonth.from(published)) || (m.start(LAST_MONTH) >= 0 && month.equals(YearMonth.from(published)))) {
                month = month.minusYears(1);
            }
            return mention(sentence, m.start(), m.end(), DateWindow.month(month, published), true);
        }
        int year = Integer.parseInt(m.group(YEAR));
        return year > published.getYear() ? null
                : mention(sentence, m.start(), m.end(), DateWindow.year(year, published), false);
    }

    /**
     * A day of a month, in the year written when it is not after P's year, else in the
     * latest year that puts it at most a week after P (the mention then stops at
     * {@code endWithoutYear}).
     */
    private DateMention dayOfMonth(Matcher m, String sentence, LocalDate published,
                                   String monthGroup, String dayGroup, String yearGroup, int endWithoutYear) {
        Month month = Month.of(month(m, monthGroup));
        int day = leadingNumber(m.group(dayGroup));
        if (day > month.maxLength()) {
            return null;
        }
        MonthDay monthDay = MonthDay.of(month, day);
        if (m.start(yearGroup) >= 0) {
            int year = Integer.parseInt(m.group(yearGroup));
            if (year <= published.getYear()) {
                return monthDay.isValidYear(year)
                        ? mention(sentence, m.start(), m.end(), DateWindow.day(monthDay.atYear(year)), false)
                        : null;
            }
        }
        LocalDate date = latestOnOrBefore(monthDay, published.plusDays(DAYS_AFTER_PUBLISHED));
        return mention(sentence, m.start(), endWithoutYear, DateWindow.day(date), true);
    }

    /**
     * The date of an event a clause puts a span before another ("a day after a bomb killed 11", "eight months
     * after gunmen killed 130"): the span counted back from the other event's day {@code from}, as "ago"
     * counts it from the publication day; null when the clause does not open with such a span.
     */
    public DateWindow earlierBy(String clause, LocalDate from) {
        Matcher m = spanAfter.matcher(clause);
        return m.find() ? ago(m.group(1), m.group(2), from) : null;
    }

    /** N days ago: that day; N weeks ago: the week centred on that day. */
    private DateWindow ago(String count, String unitWord, LocalDate published) {
        int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : words.counts().get(DateWords.key(count));
        String unit = unitWord.toLowerCase(java.util.Locale.ROOT);
        if (unit.equals("day")) {
            return DateWindow.day(published.minusDays(n));
        }
        if (unit.equals("week")) {
            LocalDate centre = published.minusWeeks(n);
            return new DateWindow(centre.minusDays(3), centre.plusDays(3), DatePrecision.WEEK);
        }
        if (unit.equals("month")) {
            return DateWindow.month(YearMonth.from(published).minusMonths(n), published);
        }
        // news-dev R9: N years ago is P - N years, give or take six months (a decade: ten years)
        LocalDate centre = published.minusYears(unit.equals("decade") ? 10L * n : n);
        return new DateWindow(centre.minusMonths(6), centre.plusMonths(6), DatePrecision.YEAR);
    }

    private int month(Matcher m, String group) {
        return words.months().get(DateWords.key(m.group(group)));
    }

    /** Terminates: a valid month-day (Feb. 29 included) occurs at least once in any 8 years. */
    private static LocalDate latestOnOrBefore(MonthDay monthDay, LocalDate limit) {
        for (int year = limit.getYear(); ; year--) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(limit)) {
                return monthDay.atYear(year);
            }
        }
    }

    /** The number that starts "12th". */
    private static int leadingNumber(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    private static DateMention mention(String sentence, int begin, int end, DateWindow window, boolean relative) {
        return new DateMention(begin, end, sentence.substring(begin, end), window, relative);
    }
}
