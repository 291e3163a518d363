package org.casualtytrends.extract.dates;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    private static final String DIGITS = "0123456789";

    private DateGrammar() {
    }

    /**
     * The grammar; for each ASCII character whether a match can start with it (either case), and the
     * words in ASCII lower case that a match starting with a letter starts with (up to its first
     * non-letter): the reader need not try the grammar anywhere else.
     */
    record Compiled(Pattern pattern, boolean[] asciiStarts, Set<String> firstWords) {
    }

    static Compiled compile(DateWords words) {
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
                new Form(words.relativePhrases().keySet(), false,
                        group(RELATIVE, anyCase(words.relativePhrases().keySet())) + "\\b" + dayPart),
                // two days ago, 3 weeks ago
                new Form(words.counts().keySet(), true,
                        group(AGO_COUNT, "\\d{1,2}|" + anyCase(words.counts().keySet())) + "\\s+"
                                + group(AGO_UNIT, "day|week") + "s?\\s+ago\\b"),
                // last Tuesday, late on Tuesday night, early Tuesday, Tuesday('s)
                new Form(union(union(union(last, weekdayTime), List.of("on")), weekdays), false,
                        "(?:" + group(LAST_WEEKDAY, String.join("|", last)) + "\\s+|(?:(?:" + String.join("|", weekdayTime)
                                + ")\\s+)?(?:on\\s+)?)"
                                + group(WEEKDAY, capitalised(weekdays)) + "\\b" + dayPart),
                // on Jan. 12, Sept. 1st, January 10, 2011
                new Form(union(List.of("on"), months), false,
                        "(?:on\\s+)?" + month(MD_MONTH, monthNames) + "\\.?\\s*" + day(MD_DAY)
                                + "(?:,?\\s+" + year(MD_YEAR) + ")?"),
                // 12 January, the 3rd of March 2010
                new Form(List.of("on", "the"), true,
                        "(?:on\\s+)?(?:the\\s+)?" + day(DM_DAY) + "\\s+(?:of\\s+)?" + month(DM_MONTH, monthNames)
                                + "(?:\\.?,?\\s+" + year(DM_YEAR) + ")?"),
                // in October 2017, March of 2015
                new Form(union(List.of("in"), months), false,
                        "(?:in\\s+" + partOf + ")?" + month(MY_MONTH, monthNames) + "\\.?\\s*(?:of\\s+)?" + year(MY_YEAR)),
                // in October, during late March
                new Form(List.of("in", "during"), false,
                        "(?:in|during)\\s+" + partOf + month(MONTH, monthNames) + "(?!\\.?\\s*\\d)"),
                // in 2017, in late 2001
                new Form(List.of("in", "during"), false, "(?:in|during)\\s+" + partOf + year(YEAR)));
        boolean[] asciiStarts = new boolean[128];
        Set<String> firstWords = new HashSet<>();
        for (Form form : forms) {
            // CASE_INSENSITIVE alone folds ASCII letters only; other characters are always tried
            form.firstCharacters().chars().filter(c -> c < asciiStarts.length).forEach(c -> {
                asciiStarts[Character.toLowerCase(c)] = true;
                asciiStarts[Character.toUpperCase(c)] = true;
            });
            form.firstWords.stream().map(word -> leadingLetters(word, 0)).filter(w -> !w.isEmpty()).forEach(firstWords::add);
        }
        String alternatives = forms.stream().map(Form::regex).collect(Collectors.joining("|"));
        return new Compiled(Pattern.compile("\\b(?:" + alternatives + ")", Pattern.CASE_INSENSITIVE), asciiStarts,
                Collections.unmodifiableSet(firstWords));
    }

    /** A form of date, the words it can start with, and whether it can start with a digit instead. */
    private record Form(Collection<String> firstWords, boolean digitFirst, String body) {
        String firstCharacters() {
            return (digitFirst ? DIGITS : "") + initials(firstWords);
        }

        /**
         * The form behind a look-ahead on its first characters: a cheap test that spares trying
         * the form's long alternations at most word starts (it halves the time of a read).
         */
        String regex() {
            return "(?=[" + firstCharacters() + "])" + body;
        }
    }

    private static List<String> union(Collection<String> words, Collection<String> more) {
        return Stream.concat(words.stream(), more.stream()).toList();
    }

    /** The ASCII letters at {@code from} in {@code text}, in lower case ("sept" of "Sept."). */
    static String leadingLetters(String text, int from) {
        int end = from;
        while (end < text.length() && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end).toLowerCase(Locale.ROOT);
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The first letters of the words, e.g. "jfmasond" for the months (case is ignored). */
    private static String initials(Collection<String> words) {
        return words.stream().map(word -> word.substring(0, 1)).distinct().sorted().collect(Collectors.joining());
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
