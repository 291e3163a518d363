package org.casualtytrends.extract.dates;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casualtytrends.text.Literals;

/**
 * The one regular expression that finds every date expression, compiled once from the word lists.
 * Each form has its own named groups; {@link DateReader} tells the forms apart by the group that
 * took part in the match. Month and weekday names must start with a capital letter ("may be" and
 * "the march" are not months); a month needs a day, a year or a leading "in" / "during" to count.
 */
final class DateGrammar {
    static final String RELATIVE = "rel";
    static final String AGO_COUNT = "agoCount";
    static final String AGO_UNIT = "agoUnit";
    static final String LAST_WEEKDAY = "lastWd";
    static final String WEEKDAY = "wd";
    static final String MD_MONTH = "mdMonth";
    static final String MD_DAY = "mdDay";
    static final String MD_YEAR = "mdYear";
    static final String DM_DAY = "dmDay";
    static final String DM_MONTH = "dmMonth";
    static final String DM_YEAR = "dmYear";
    static final String MY_MONTH = "myMonth";
    static final String MY_YEAR = "myYear";
    static final String MONTH = "month";
    static final String YEAR = "year";
    static final String LAST_MONTH = "lastMonth";


    private DateGrammar() {
    }

    static Pattern compile(DateWords words) {
        Set<String> months = words.months().keySet();
        Set<String> weekdays = words.weekdays().keySet();
        String monthNames = capitalised(months);
        String dayPart = "(?:\\s+(?:" + anyCase(words.dayParts()) + ")\\b)?";
        // early / mid / late before a month or year: the window stays the whole month or year
        String partOf = "(?:(?:" + String.join("|", words.grammarWords(DateWords.PART_OF)) + ")[\\s-]+)?";
        List<String> last = words.grammarWords(DateWords.LAST);
        List<String> weekdayTime = words.grammarWords(DateWords.WEEKDAY_TIME);
        List<Form> forms = List.of(
                // yesterday afternoon, last week, earlier in the month
                new Form(group(RELATIVE, anyCase(words.relativePhrases().keySet())) + "\\b" + dayPart),
                // two days ago, 3 weeks ago, six months ago, a decade ago
                new Form(group(AGO_COUNT, "\\d{1,2}|" + anyCase(words.counts().keySet())) + "\\s+"
                                + group(AGO_UNIT, "day|week|month|year|decade") + "s?\\s+ago\\b"),
                // last Tuesday, late on Tuesday night, early Tuesday, Tuesday('s)
                new Form("(?:" + group(LAST_WEEKDAY, String.join("|", last)) + "\\s+|(?:(?:" + String.join("|", weekdayTime)
                                + ")\\s+)?(?:on\\s+)?)"
                                + group(WEEKDAY, capitalised(weekdays)) + "\\b" + dayPart),
                // on Jan. 12, Sept. 1st, January 10, 2011
                new Form("(?:on\\s+)?" + month(MD_MONTH, monthNames) + "\\.?\\s*" + day(MD_DAY)
                                + "(?:,?\\s+" + year(MD_YEAR) + ")?"),
                // 12 January, the 3rd of March 2010
                new Form("(?:on\\s+)?(?:the\\s+)?" + day(DM_DAY) + "\\s+(?:of\\s+)?" + month(DM_MONTH, monthNames)
                                + "(?:\\.?,?\\s+" + year(DM_YEAR) + ")?"),
                // in October 2017, March of 2015
                new Form("(?:in\\s+" + partOf + ")?" + month(MY_MONTH, monthNames) + "\\.?\\s*(?:of\\s+)?" + year(MY_YEAR)),
                // in October, during late March, last November
                new Form("(?:in|during|" + group(LAST_MONTH, String.join("|", last)) + ")\\s+" + partOf + month(MONTH, monthNames)
                                + "(?!\\.?\\s*\\d)"),
                // in 2017, in late 2001, a 2004 attack, the 2008 killing
                new Form("(?:(?:in|during)\\s+" + partOf + "|(?:a|an|one|the)\\s+)" + year(YEAR)));
        String alternatives = forms.stream().map(Form::regex).collect(Collectors.joining("|"));
        return Pattern.compile("\\b(?:" + alternatives + ")", Pattern.CASE_INSENSITIVE);
    }

    /** A form of date. */
    private record Form(String body) {
        /**
         * The form behind a look-ahead on the first characters its matches can start with (read from
         * it, {@link Literals}): a cheap test that spares trying the form's long alternations at most
         * word starts (it halves the time of a read).
         */
        String regex() {
            String first = Literals.of(Pattern.compile(body, Pattern.CASE_INSENSITIVE)).firstCharacters();
            return first == null ? body : "(?=[" + first + "])" + body;
        }
    }

    private static String group(String name, String body) {
        return "(?<" + name + ">" + body + ")";
    }

    /** A month name as a whole word; the forms that go on after it allow an abbreviation's dot. */
    private static String month(String name, String months) {
        return group(name, months) + "\\b";
    }

    /** 1..31 with an optional leading zero and ordinal suffix; not part of "1,200", "187th", "2.5", "2010-05-10". */
    private static String day(String name) {
        return "(?<!\\d[-/.,])\\b" + group(name, "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?") + "\\b(?![.,]\\d)";
    }

    /** A four-digit year of the 20th or 21st century; not the start of a code like "2010-09-CA-005". */
    private static String year(String name) {
        return group(name, "(?:19|20)\\d\\d") + "\\b(?![-/.,]\\d)";
    }

    /**
     * Names that must start with a capital, the rest in any case ("May", "MAY", not "may"). The
     * look-ahead also turns most words away before the names are tried.
     */
    private static String capitalised(Collection<String> names) {
        return "(?-i:(?=[A-Z]))(?:" + anyCase(names) + ")";
    }

    /** Phrases in any case, their spaces standing for any white space. */
    private static String anyCase(Collection<String> phrases) {
        return longestFirst(phrases).stream()
                .map(phrase -> phrase.replace(" ", "\\s+"))
                .collect(Collectors.joining("|"));
    }

    /** So that a phrase is tried before a shorter phrase it starts with. */
    private static List<String> longestFirst(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w)).toList();
    }
}
