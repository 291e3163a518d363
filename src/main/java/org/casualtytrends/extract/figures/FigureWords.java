package org.casualtytrends.extract.figures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.text.WordSet;

/** The function words of the figure reader ({@code lexicon/figure-words.tsv}), by class. Immutable. */
final class FigureWords {
    /** The classes of the file, each described there. */
    enum WordClass {
        BARRIER, PASSIVE_AUX, GAP, PERFECT_AUX, RELATIVE, GERUND_PREPOSITION, TIME_PREPOSITION, PARTICIPLE, POSSESSIVE, PERSONAL_PRONOUN,
        DETERMINER, DEMONSTRATIVE, PARTITIVE_DETERMINER, PARTITIVE_PRONOUN, ADDITIVE, FURTHER, NO_ANTECEDENT, ORDINAL, PLACE_WORD,
        LOCATIVE, CONNECTOR, COMPANION, INCLUSION
    }

    private final Map<WordClass, Set<String>> words;
    private final Map<WordClass, List<String[]>> phrases;

    private FigureWords(Map<WordClass, Set<String>> words, Map<WordClass, List<String[]>> phrases) {
        this.words = words;
        this.phrases = phrases;
    }

    static FigureWords of(RuleTable table) {
        Map<WordClass, List<String>> byClass = new EnumMap<>(WordClass.class);
        for (RuleTable.Row row : table.rows()) {
            WordClass wordClass = row.as("class", code -> WordClass.valueOf(code.toUpperCase(Locale.ROOT)));
            byClass.computeIfAbsent(wordClass, c -> new ArrayList<>()).add(row.get("phrase"));
        }
        Map<WordClass, Set<String>> words = new EnumMap<>(WordClass.class);
        Map<WordClass, List<String[]>> phrases = new EnumMap<>(WordClass.class);
        for (WordClass wordClass : WordClass.values()) {
            List<String> listed = byClass.get(wordClass);
            if (listed == null) {
                throw table.error("no words of class " + wordClass.name().toLowerCase(Locale.ROOT));
            }
            words.put(wordClass, WordSet.of(listed.toArray(String[]::new)));
            phrases.put(wordClass, listed.stream().map(FigureWords::tokens).toList());
        }
        return new FigureWords(words, phrases);
    }

    /** The class's words, for a look-up of one token. */
    Set<String> words(WordClass wordClass) {
        return words.get(wordClass);
    }

    /** The class's phrases as tokens, in the order of the file: "as well as" is {as, well, as}, ", and" is {",", and}. */
    List<String[]> phrases(WordClass wordClass) {
        return phrases.get(wordClass);
    }

    private static String[] tokens(String phrase) {
        return phrase.equals(",") ? new String[] {","} : phrase.replace(",", " ,").strip().split("\\s+");
    }
}
