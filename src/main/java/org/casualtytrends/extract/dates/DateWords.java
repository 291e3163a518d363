package org.casualtytrends.extract.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;

/**
 * The word lists of the rule files' {@code dates/}, keyed in lower case with single spaces: month and weekday
 * names with their numbers, the count words of "two days ago", the parts of a day, the phrases
 * resolved against the publication date, and the grammar's other words.
 */
record DateWords(
        Map<String, Integer> months,
        Map<String, Integer> weekdays,
        Map<String, Integer> counts,
        List<String> dayParts,
        Map<String, RelativePhrase> relativePhrases,
        Map<String, List<String>> grammarWords) {

    /** The slots of {@code dates/grammar-words.tsv}. */
    static final String PART_OF = "part_of";
    static final String LAST = "last";
    static final String WEEKDAY_TIME = "weekday_time";

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern PHRASE = Pattern.compile("[a-z]+( [a-z]+)*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,3}");

    /** Loads the lists of the rule files' {@code dates/} folder. */
    static DateWords load(RuleBundle rules) {
        return new DateWords(
                numberedWords(rules.table(RuleFile.MONTHS), "name", 1, 12),
                numberedWords(rules.table(RuleFile.WEEKDAYS), "name", 1, 7),
                numberedWords(rules.table(RuleFile.COUNTS), "word", 1, 99),
                words(rules.table(RuleFile.DAY_PARTS)),
                relativePhrases(rules.table(RuleFile.RELATIVE_DATES)),
                slots(rules.table(RuleFile.DATE_WORDS)));
    }

    /** The lookup key of a matched expression: lower case, white space runs as one space. */
    static String key(CharSequence text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The words of a slot of {@code dates/grammar-words.tsv}, in the order of the file. */
    List<String> grammarWords(String slot) {
        return grammarWords.get(slot);
    }

    private static Map<String, Integer> numberedWords(RuleTable table, String column, int min, int max) {
        Map<String, Integer> numbers = new HashMap<>();
        for (RuleTable.Row row : table.rows()) {
            String word = word(row, column);
            if (!NUMBER.matcher(row.get("number")).matches()) {
                throw row.error("not a number of at most three digits: '" + row.get("number") + "'");
            }
            int number = row.getInt("number");
            if (number < min || number > max) {
                throw row.error("number out of " + min + ".." + max);
            }
            if (numbers.put(key(word), number) != null) {
                throw row.error("duplicate word");
            }
        }
        return Map.copyOf(numbers);
    }

    private static List<String> words(RuleTable table) {
        List<String> words = new ArrayList<>();
        for (RuleTable.Row row : table.rows()) {
            words.add(key(word(row, "word")));
        }
        return List.copyOf(words);
    }

    private static String word(RuleTable.Row row, String column) {
        String word = row.get(column);
        if (!WORD.matcher(word).matches()) {
            throw row.error("expected one word of ASCII letters: '" + word + "'");
        }
        return word;
    }

    private static Map<String, RelativePhrase> relativePhrases(RuleTable table) {
        Map<String, RelativePhrase> phrases = new HashMap<>();
        for (RuleTable.Row row : table.rows()) {
            String phrase = key(row.get("phrase"));
            if (!PHRASE.matcher(phrase).matches()) {
                throw row.error("expected a phrase of ASCII letters: '" + row.get("phrase") + "'");
            }
            RelativeRule rule = row.as("rule", RelativeRule::named);
            String days = row.optional("days");
            if ((rule == RelativeRule.DAY) == days.isEmpty() || (!days.isEmpty() && !NUMBER.matcher(days).matches())) {
                throw row.error("the day rule, and only it, takes a number of days");
            }
            if (phrases.put(phrase, new RelativePhrase(phrase, rule, days.isEmpty() ? 0 : Integer.parseInt(days))) != null) {
                throw row.error("duplicate phrase");
            }
        }
        return Map.copyOf(phrases);
    }

    private static Map<String, List<String>> slots(RuleTable table) {
        Map<String, List<String>> slots = new HashMap<>();
        for (RuleTable.Row row : table.rows()) {
            slots.computeIfAbsent(row.get("slot"), s -> new ArrayList<>()).add(key(word(row, "word")));
        }
        for (String slot : List.of(PART_OF, LAST, WEEKDAY_TIME)) {
            if (!slots.containsKey(slot)) {
                throw table.error("no words of slot " + slot);
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        slots.forEach((slot, words) -> frozen.put(slot, List.copyOf(words)));
        return Map.copyOf(frozen);
    }
}
