package org.casualtytrends.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.model.DatePrecision;
import org.casualtytrends.testing.TestRules;
import org.casualtytrends.text.PatternGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateReaderTest {
    private static final DateReader READER = DateReader.defaults();

    /** Publication date, sentence, then each mention as "expression [begin,end) start..end precision best relative|absolute". */
    static Stream<Arguments> sentences() {
        return Stream.of(
                // seed: late on Tuesday
                row("2020-01-29", "Taliban fighters attacked security check posts in Dasht-e-Archi district on late on Tuesday, Efe news reported.",
                        "late on Tuesday [76,91) 2020-01-28..2020-01-28 day 2020-01-28 relative"),
                // seed: overnight
                row("2020-01-29", "At least 13 soldiers were killed in the attack overnight, officials said.",
                        "overnight [47,56) 2020-01-28..2020-01-28 day 2020-01-28 relative"),
                // seed: earlier in the month
                row("2020-01-29", "Earlier in the month, at least eight soldiers were killed in a Taliban attack in Balkh province.",
                        "Earlier in the month [0,20) 2020-01-01..2020-01-28 month 2020-01-15 relative"),
                // seed: last month
                row("2020-01-29", "Last month, two US service members were killed when their helicopter crashed.",
                        "Last month [0,10) 2019-12-01..2019-12-31 month 2019-12-15 relative"),
                // seed: in October 2017
                row("2020-01-29", "In October 2017, one US soldier was killed and six were injured in a helicopter crash in Logar province.",
                        "In October 2017 [0,15) 2017-10-01..2017-10-31 month 2017-10-15 absolute"),
                // seed: on Monday
                row("2020-01-29", "The Taliban claimed on Monday that they had shot down a US plane in Ghazni.",
                        "on Monday [20,29) 2020-01-27..2020-01-27 day 2020-01-27 relative"),
                // on Tuesday when P is a Tuesday
                row("2020-01-28", "Police said the bomb exploded on Tuesday near the governor's office.",
                        "on Tuesday [30,40) 2020-01-28..2020-01-28 day 2020-01-28 relative"),
                // a weekday alone
                row("2020-01-29", "Insurgents ambushed a convoy in Kandahar province Sunday.",
                        "Sunday [50,56) 2020-01-26..2020-01-26 day 2020-01-26 relative"),
                // weekday forms
                row("2020-02-03", "Tuesday's attack followed clashes early Tuesday and a raid late Tuesday night.",
                        "Tuesday [0,7) 2020-01-28..2020-01-28 day 2020-01-28 relative",
                        "early Tuesday [34,47) 2020-01-28..2020-01-28 day 2020-01-28 relative",
                        "late Tuesday night [59,77) 2020-01-28..2020-01-28 day 2020-01-28 relative"),
                // last Tuesday when P is a Tuesday
                row("2020-01-28", "The district chief was shot last Tuesday.",
                        "last Tuesday [28,40) 2020-01-21..2020-01-21 day 2020-01-21 relative"),
                // last night
                row("2020-01-29", "Two policemen died when a mine exploded late last night and another was hurt last night.",
                        "late last night [40,55) 2020-01-28..2020-01-28 day 2020-01-28 relative",
                        "last night [77,87) 2020-01-28..2020-01-28 day 2020-01-28 relative"),
                // yesterday
                row("2020-01-29", "Yesterday's blast killed four; the wounded were moved yesterday afternoon.",
                        "Yesterday [0,9) 2020-01-28..2020-01-28 day 2020-01-28 relative",
                        "yesterday afternoon [54,73) 2020-01-28..2020-01-28 day 2020-01-28 relative"),
                // today and parts of today
                row("2020-01-29", "A raid this morning and a clash this afternoon left six dead today, and more fighting is feared this evening or tonight.",
                        "this morning [7,19) 2020-01-29..2020-01-29 day 2020-01-29 relative",
                        "this afternoon [32,46) 2020-01-29..2020-01-29 day 2020-01-29 relative",
                        "today [61,66) 2020-01-29..2020-01-29 day 2020-01-29 relative",
                        "this evening [96,108) 2020-01-29..2020-01-29 day 2020-01-29 relative",
                        "tonight [112,119) 2020-01-29..2020-01-29 day 2020-01-29 relative"),
                // the day before yesterday
                row("2020-01-29", "The convoy was hit the day before yesterday.",
                        "the day before yesterday [19,43) 2020-01-27..2020-01-27 day 2020-01-27 relative"),
                // days ago
                row("2020-01-29", "Two days ago a bomb killed three, and 5 days ago another killed one.",
                        "Two days ago [0,12) 2020-01-27..2020-01-27 day 2020-01-27 relative",
                        "5 days ago [38,48) 2020-01-24..2020-01-24 day 2020-01-24 relative"),
                // weeks ago
                row("2020-01-29", "The commander was arrested two weeks ago.",
                        "two weeks ago [27,40) 2020-01-12..2020-01-18 week 2020-01-15 relative"),
                // month and day, dotted abbreviation
                row("2011-01-20", "The patrol was attacked on Jan. 12 near Kandahar.",
                        "on Jan. 12 [24,34) 2011-01-12..2011-01-12 day 2011-01-12 relative"),
                // month and day more than a week after P's day is last year's
                row("2011-01-04", "The patrol was attacked January 12 near Kandahar.",
                        "January 12 [24,34) 2010-01-12..2010-01-12 day 2010-01-12 relative"),
                // ... up to a week after P's day, this year's
                row("2011-01-05", "The patrol was attacked January 12 near Kandahar.",
                        "January 12 [24,34) 2011-01-12..2011-01-12 day 2011-01-12 relative"),
                // abbreviations without a dot, day first
                row("2011-01-20", "Raids on Jan 12 and 14 January killed six.",
                        "on Jan 12 [6,15) 2011-01-12..2011-01-12 day 2011-01-12 relative",
                        "14 January [20,30) 2011-01-14..2011-01-14 day 2011-01-14 relative"),
                // Sept. and a day at the end of a sentence
                row("2010-09-20", "The first raid was on Sept. 1, the second on June 25.",
                        "on Sept. 1 [19,29) 2010-09-01..2010-09-01 day 2010-09-01 relative",
                        "on June 25 [42,52) 2010-06-25..2010-06-25 day 2010-06-25 relative"),
                // dateline with a year, and yesterday
                row("2011-01-10", "KABUL, Afghanistan (Jan. 10, 2011) - Coalition forces killed two insurgents yesterday.",
                        "Jan. 10, 2011 [20,33) 2011-01-10..2011-01-10 day 2011-01-10 absolute",
                        "yesterday [76,85) 2011-01-09..2011-01-09 day 2011-01-09 relative"),
                // year without a comma, ordinal day
                row("2011-03-01", "Between January 10 2011 and the 3rd of February, 2011 the unit lost four men.",
                        "January 10 2011 [8,23) 2011-01-10..2011-01-10 day 2011-01-10 absolute",
                        "the 3rd of February, 2011 [28,53) 2011-02-03..2011-02-03 day 2011-02-03 absolute"),
                // leading zero
                row("2011-03-06", "ISAF Joint Command Evening Operational Update, March 06, 2011",
                        "March 06, 2011 [47,61) 2011-03-06..2011-03-06 day 2011-03-06 absolute"),
                // an abbreviation's dot is the month's only when something follows
                row("2011-01-20", "The raid of 14 Jan., 2011 and the one on Jan. 16 were the worst in January.",
                        "14 Jan., 2011 [12,25) 2011-01-14..2011-01-14 day 2011-01-14 absolute",
                        "on Jan. 16 [38,48) 2011-01-16..2011-01-16 day 2011-01-16 relative",
                        "in January [64,74) 2011-01-01..2011-01-20 month 2011-01-15 relative"),
                // the end of an ISO date is not a day
                row("2010-05-10", "2010-05-10 May 11: Afghan-ISAF Operations in Southern Afghanistan",
                        "May 11 [11,17) 2010-05-11..2010-05-11 day 2010-05-11 relative"),
                // year rollover
                row("2020-01-03", "The base was shelled on Dec. 30.",
                        "on Dec. 30 [21,31) 2019-12-30..2019-12-30 day 2019-12-30 relative"),
                // a day a few days after P stays in P's year
                row("2010-05-10", "May 11: Afghan-ISAF Forces Conduct Operations in Southern Afghanistan",
                        "May 11 [0,6) 2010-05-11..2010-05-11 day 2010-05-11 relative"),
                // leap day without a year
                row("2021-03-10", "The checkpoint fell on Feb. 29.",
                        "on Feb. 29 [20,30) 2020-02-29..2020-02-29 day 2020-02-29 relative"),
                // leap day with a year, not a leap year, not a day
                row("2021-03-10", "Attacks on Feb. 29, 2020 and Feb. 29, 2019 and Feb. 30 and April 31.",
                        "on Feb. 29, 2020 [8,24) 2020-02-29..2020-02-29 day 2020-02-29 absolute"),
                // a year after P's is not the mention's year
                row("2010-05-20", "On May 2, 2025 troops were sent to the valley.",
                        "On May 2 [0,8) 2010-05-02..2010-05-02 day 2010-05-02 relative"),
                // week
                row("2020-01-29", "Fighting last week, earlier this week and this week displaced hundreds.",
                        "last week [9,18) 2020-01-22..2020-01-28 week 2020-01-25 relative",
                        "earlier this week [20,37) 2020-01-22..2020-01-28 week 2020-01-25 relative",
                        "this week [42,51) 2020-01-22..2020-01-28 week 2020-01-25 relative"),
                // month to date
                row("2020-01-29", "Nine were killed earlier this month and 20 this month.",
                        "earlier this month [17,35) 2020-01-01..2020-01-28 month 2020-01-15 relative",
                        "this month [43,53) 2020-01-01..2020-01-28 month 2020-01-15 relative"),
                // month to date on the 1st
                row("2020-03-01", "Nine were killed earlier this month.",
                        "earlier this month [17,35) 2020-03-01..2020-03-01 month 2020-03-15 relative"),
                // a month without a year
                row("2020-01-29", "In October, and again in late January, the Taliban attacked the district.",
                        "In October [0,10) 2019-10-01..2019-10-31 month 2019-10-15 relative",
                        "in late January [22,37) 2020-01-01..2020-01-29 month 2020-01-15 relative"),
                // March of 2015, not 8,000
                row("2020-01-29", "More than 8,000 people have fled since the fighting began in March of 2015.",
                        "in March of 2015 [58,74) 2015-03-01..2015-03-31 month 2015-03-15 absolute"),
                // month and year without in
                row("2012-05-01", "The unit arrived April 2012 and lost two men.",
                        "April 2012 [17,27) 2012-04-01..2012-04-30 month 2012-04-15 absolute"),
                // years
                row("2020-01-29", "Attacks rose last year, fell in 2017, peaked in late 2001, and rose again earlier this year.",
                        "last year [13,22) 2019-01-01..2019-12-31 year 2019-07-01 relative",
                        "in 2017 [29,36) 2017-01-01..2017-12-31 year 2017-07-01 absolute",
                        "in late 2001 [45,57) 2001-01-01..2001-12-31 year 2001-07-01 absolute",
                        "earlier this year [74,91) 2020-01-01..2020-01-28 year 2020-07-01 relative"),
                // years and months ago (news-dev R9): P - N years, give or take six months; that calendar month
                row("2016-07-04", "A decade ago a campaign of attacks killed hundreds, and two years ago a bomb killed six.",
                        "A decade ago [0,12) 2006-01-04..2007-01-04 year 2006-07-05 relative",
                        "two years ago [56,69) 2014-01-04..2015-01-04 year 2014-07-05 relative"),
                // last November (a year before when written in November), six months ago
                row("2016-07-16", "Militants killed 130 people there last November, and six months ago a bomb killed two.",
                        "last November [34,47) 2015-11-01..2015-11-30 month 2015-11-15 relative",
                        "six months ago [53,67) 2016-01-01..2016-01-31 month 2016-01-15 relative"),
                row("2016-11-20", "Militants killed 130 people there last November, and six months ago a bomb killed two.",
                        "last November [34,47) 2015-11-01..2015-11-30 month 2015-11-15 relative",
                        "six months ago [53,67) 2016-05-01..2016-05-31 month 2016-05-15 relative"),
                // a year before a noun ("a 2004 attack", "the 2008 killing")
                row("2016-07-04", "One 2004 attack hit the consulate, killing nine.",
                        "One 2004 [0,8) 2004-01-01..2004-12-31 year 2004-07-01 absolute"),
                // P's year is cut at P, later years are not dates
                row("2020-01-29", "Troops stay in 2020 and leave in 2021.",
                        "in 2020 [12,19) 2020-01-01..2020-01-29 year 2020-07-01 absolute"));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void readsAndResolvesTheDatesOfASentence(String published, String sentence, String[] expected) {
        List<String> mentions = READER.read(sentence, LocalDate.parse(published)).stream()
                .map(DateReaderTest::describe)
                .toList();
        assertEquals(List.of(expected), mentions);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Officials said the toll may be higher.",
            "The march to Kabul took three days, said March organisers.",
            "Soldiers of the 187th Infantry Regiment were deployed.",
            "Release 2010-09-CA-005 was issued in Kabul.",
            "Reference numbers 1314,1198, 1173, 1341 were attached.",
            "The force counted 2015 rounds of ammunition.",
            "The Sun reported that Sat Singh was unhurt.",
            "The attack came the day before, a day earlier than planned, and earlier in the day.",
            "Markets open on Tuesdays.",
            "Thirteen soldiers were killed in Kunduz province."})
    void findsNoDateWhereThereIsNone(String sentence) {
        assertEquals(List.of(), READER.read(sentence, LocalDate.parse("2020-01-29")));
    }

    @ParameterizedTest
    @CsvSource({
            // start, end, precision, best: DAYS and WEEK take the middle day, the earlier one for an even length
            "2020-01-28, 2020-01-28, DAY, 2020-01-28",
            "2020-01-27, 2020-01-29, DAYS, 2020-01-28",
            "2020-01-01, 2020-01-04, DAYS, 2020-01-02",
            "2020-01-22, 2020-01-28, WEEK, 2020-01-25",
            "2020-01-01, 2020-01-03, MONTH, 2020-01-15",
            "2020-02-01, 2020-02-29, MONTH, 2020-02-15",
            "2019-01-01, 2019-12-31, YEAR, 2019-07-01"})
    void bestIsTheDayTheCodebookCodes(String start, String end, DatePrecision precision, String best) {
        DateWindow window = new DateWindow(LocalDate.parse(start), LocalDate.parse(end), precision);
        assertEquals(LocalDate.parse(best), window.best());
    }

    @Test
    void fallbackIsTheThreeDaysUpToPublication() {
        DateWindow fallback = DateWindow.fallback(LocalDate.parse("2020-03-01"));
        assertEquals(new DateWindow(LocalDate.parse("2020-02-28"), LocalDate.parse("2020-03-01"), DatePrecision.DAYS), fallback);
        assertEquals(LocalDate.parse("2020-02-29"), fallback.best());
    }

    @Test
    void dayIsAOneDayWindow() {
        DateWindow day = DateWindow.day(LocalDate.parse("2020-01-28"));
        assertEquals(new DateWindow(LocalDate.parse("2020-01-28"), LocalDate.parse("2020-01-28"), DatePrecision.DAY), day);
    }

    @Test
    void windowsOverlapWhenTheyShareADay() {
        DateWindow fallback = DateWindow.fallback(LocalDate.parse("2020-01-29"));
        assertTrue(fallback.overlaps(DateWindow.day(LocalDate.parse("2020-01-27"))));
        assertTrue(DateWindow.day(LocalDate.parse("2020-01-29")).overlaps(fallback));
        assertFalse(fallback.overlaps(DateWindow.day(LocalDate.parse("2020-01-26"))));
        assertFalse(DateWindow.day(LocalDate.parse("2020-01-30")).overlaps(fallback));
    }

    @Test
    void rejectsWindowsThatEndBeforeTheyStartAndDaysLongerThanADay() {
        LocalDate d = LocalDate.parse("2020-01-28");
        assertThrows(IllegalArgumentException.class, () -> new DateWindow(d, d.minusDays(1), DatePrecision.WEEK));
        assertThrows(IllegalArgumentException.class, () -> new DateWindow(d, d.plusDays(1), DatePrecision.DAY));
    }

    @Test
    void precisionCodesAreTheCodebooks() {
        assertEquals(List.of("day", "days", "week", "month", "year"),
                Stream.of(DatePrecision.values()).map(DatePrecision::code).toList());
    }

    /** The reader tries its grammar only where a date may start ({@link PatternGroup}): it must find what find() finds. */
    @Test
    void triesTheGrammarWhereverFindWould() {
        Pattern grammar = DateGrammar.compile(DateWords.load(RuleBundle.packaged()));
        PatternGroup group = PatternGroup.of(List.of(grammar));
        String[] pieces = {"on", "On", "Jan.", "January", "jan", "MAY", "May", "may", "12", "3rd", "31st", "1,200", "2010", "2010-05",
            "of", "the", "in", "during", "late", "early", "mid-", "last", "Tuesday", "tuesday", "night", "yesterday", "Yesterday",
            "two", "a", "days", "weeks", "ago", "week", "last week", "earlier in the month", ",", ".", "-", "\n", "é", "_", "x"};
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(4) > 0) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            List<String> plain = new ArrayList<>();
            for (Matcher m = grammar.matcher(t); m.find(); ) {
                plain.add(m.start() + "-" + m.end());
            }
            List<String> filtered = new ArrayList<>();
            PatternGroup.Matches matches = group.matches(t);
            for (Matcher m = matches.find(0, 0); m != null; m = matches.findNext(0, m)) {
                filtered.add(m.start() + "-" + m.end());
            }
            assertEquals(plain, filtered, t);
        }
    }

    @Test
    void defaultsIsOneSharedReader() {
        assertSame(READER, DateReader.defaults());
    }

    @Test
    void readsWordListsFromAFolder(@TempDir Path folder) {
        DateReader reader = DateReader.of(TestRules.with(folder, RuleFile.RELATIVE_DATES, "# phrase, rule, days\nphrase\trule\tdays\nsometime back\tday\t-3\n"));
        assertEquals(List.of("sometime back [14,27) 2020-01-26..2020-01-26 day 2020-01-26 relative"),
                reader.read("The post fell sometime back.", LocalDate.parse("2020-01-29")).stream()
                        .map(DateReaderTest::describe).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "MONTHS         | name\\tnumber      | Janvier\\t13              | number out of 1..12",
            "WEEKDAYS       | name\\tnumber      | Mon day\\t1               | expected one word of ASCII letters: 'Mon day'",
            "COUNTS         | word\\tnumber      | two                        | no number",
            "COUNTS         | word\\tnumber      | two\\tzwei                 | not a number of at most three digits: 'zwei'",
            "DAY_PARTS      | word               | late night                 | expected one word of ASCII letters: 'late night'",
            "RELATIVE_DATES | phrase\\trule\\tdays | last week\\tfortnight      | bad rule 'fortnight': No enum constant org.casualtytrends.extract.dates.RelativeRule.FORTNIGHT",
            "RELATIVE_DATES | phrase\\trule\\tdays | yesterday\\tday            | the day rule, and only it, takes a number of days",
            "RELATIVE_DATES | phrase\\trule\\tdays | last week\\tpast_week\\t-7 | the day rule, and only it, takes a number of days"})
    void aBadWordListLineIsReportedWithItsFileAndLine(RuleFile file, String header, String line, String why, @TempDir Path folder) {
        String text = "# a word list\n" + header.replace("\\t", "\t") + "\n" + line.replace("\\t", "\t") + "\n";
        RuleBundle rules = TestRules.with(folder, file, text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateReader.of(rules));
        assertEquals(folder + "/" + file.path() + ":3: " + why + " (a rule file of casualty-trends.rules)", e.getMessage());
    }

    private static Arguments row(String published, String sentence, String... mentions) {
        return Arguments.of(published, sentence, mentions);
    }

    private static String describe(DateMention m) {
        DateWindow w = m.window();
        return m.expression() + " [" + m.begin() + "," + m.end() + ") " + w.start() + ".." + w.end() + " "
                + w.precision().code() + " " + w.best() + " " + (m.relative() ? "relative" : "absolute");
    }
}
