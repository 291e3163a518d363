package org.casualtytrends.extract.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.casualtytrends.config.ConfFiles;

/**
 * The word lists of {@code conf/dates/}, keyed in lower case with single spaces: month and weekday
 * names with their numbers, the count words of "two days ago", the parts of a day, and the phrases
 * resolved against the publication date.
 */
record DateWords(
        Map<String, Integer> months,
        Map<String, Integer> weekdays,
        Map<String, Integer> counts,
        List<String> dayParts,
        Map<String, RelativePhrase> relativePhrases) {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern PHRASE = Pattern.compile("[a-z]+( [a-z]+)*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,3}");

    /** Loads the lists from a folder location ending in {@code /}, e.g. {@code classpath:conf/dates/}. */
    static DateWords load(String folder) {
        return new DateWords(
                numberedWords(folder + "months.tsv", 1, 12),
                numberedWords(folder + "weekdays.tsv", 1, 7),
                numberedWords(folder + "counts.tsv", 1, 99),
                words(folder + "day_parts.txt"),
                relativePhrases(folder + "relative.tsv"));
    }

    /** The lookup key of a matched expression: lower case, white space runs as one space. */
    static String key(CharSequence text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> numberedWords(String location, int min, int max) {
        Map<String, Integer> numbers = new HashMap<>();
        for (String line : ConfFiles.dataLines(location)) {
            String[] fields = line.strip().split("\t");
            if (fields.length != 2 || !WORD.matcher(fields[0]).matches() || !NUMBER.matcher(fields[1]).matches()) {
                throw bad(location, line, "expected word<TAB>number");
            }
            int number = Integer.parseInt(fields[1]);
            if (number < min || number > max) {
                throw bad(location, line, "number out of " + min + ".." + max);
            }
            if (numbers.put(key(fields[0]), number) != null) {
                throw bad(location, line, "duplicate word");
            }
        }
        return Map.copyOf(numbers);
    }

    private static List<String> words(String location) {
        List<String> words = new ArrayList<>();
        for (String line : ConfFiles.dataLines(location)) {
            if (!WORD.matcher(line.strip()).matches()) {
                throw bad(location, line, "expected one word");
            }
            words.add(key(line.strip()));
        }
        return List.copyOf(words);
    }

    private static Map<String, RelativePhrase> relativePhrases(String location) {
        Map<String, RelativePhrase> phrases = new HashMap<>();
        for (String line : ConfFiles.dataLines(location)) {
            String[] fields = line.strip().split("\t");
            String phrase = fields.length < 2 ? "" : key(fields[0].strip());
            if (!PHRASE.matcher(phrase).matches() || fields.length > 3) {
                throw bad(location, line, "expected phrase<TAB>rule[<TAB>days]");
            }
            RelativeRule rule;
            try {
                rule = RelativeRule.named(fields[1].strip());
            } catch (IllegalArgumentException e) {
                throw bad(location, line, "unknown rule '" + fields[1] + "'");
            }
            if ((rule == RelativeRule.DAY) != (fields.length == 3) || (fields.length == 3 && !NUMBER.matcher(fields[2]).matches())) {
                throw bad(location, line, "the day rule, and only it, takes a number of days");
            }
            int days = fields.length == 3 ? Integer.parseInt(fields[2]) : 0;
            if (phrases.put(phrase, new RelativePhrase(phrase, rule, days)) != null) {
                throw bad(location, line, "duplicate phrase");
            }
        }
        return Map.copyOf(phrases);
    }

    private static IllegalArgumentException bad(String location, String line, String why) {
        return new IllegalArgumentException(location + ": bad line '" + line + "': " + why);
    }
}
