package org.casualtytrends.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes casualty figures as news copy does: digits, number words, "a"/"one" for a single person, a vague
 * quantifier that the codebook maps to the same value ("several" = 3), sometimes after "at least".
 */
final class FigureWords {
    private static final double AT_LEAST = 0.2;
    private static final double VAGUE = 0.15;

    private final String[] cardinals;
    private final Map<Integer, List<String>> vague;

    private FigureWords(String[] cardinals, Map<Integer, List<String>> vague) {
        this.cardinals = cardinals;
        this.vague = vague;
    }

    static FigureWords load(String location) {
        String[] cardinals = new String[100];
        Map<Integer, List<String>> vague = new HashMap<>();
        ConfTable table = ConfTable.read(location, 3);
        for (ConfTable.Row row : table.rows()) {
            int value = row.intField(1);
            switch (row.field(0)) {
                case "cardinal" -> {
                    if (value < 0 || value > 90 || (value > 20 && value % 10 != 0)) {
                        throw row.error("cardinals are given for 0-20 and the tens up to 90, not " + value);
                    }
                    cardinals[value] = row.field(2);
                }
                case "vague" -> vague.computeIfAbsent(value, v -> new ArrayList<>()).add(row.field(2));
                default -> throw row.error("kind is cardinal or vague, not " + row.field(0));
            }
        }
        for (int n = 0; n < 100; n++) {
            if ((n <= 20 || n % 10 == 0) && cardinals[n] == null) {
                throw new IllegalArgumentException(location + ": no cardinal for " + n);
            }
        }
        return new FigureWords(cardinals, vague);
    }

    /** The number in words ("thirteen", "twenty-one") for 0-99; digits beyond. */
    String words(int n) {
        if (n < 0 || n >= 100) {
            return Integer.toString(n);
        }
        if (n <= 20 || n % 10 == 0) {
            return cardinals[n];
        }
        return cardinals[n / 10 * 10] + "-" + cardinals[n % 10];
    }

    /** The vague quantifiers that stand for exactly n ("several" for 3). */
    List<String> vagueWords(int n) {
        return vague.getOrDefault(n, List.of());
    }

    /** "13 soldiers", "at least seven policemen", "an insurgent", "one civilian", "several suspects". */
    String phrase(int n, NounPair noun, SplittableRandom random) {
        if (n == 1) {
            double u = random.nextDouble();
            // "an other person" is not English: "other ..." nouns take "one"
            String count = u < 0.45 && !noun.singular().startsWith("other ") ? article(noun.singular())
                    : u < 0.9 ? words(1) : "1";
            return count + " " + noun.singular();
        }
        List<String> vagueWords = vagueWords(n);
        if (!vagueWords.isEmpty() && random.nextDouble() < VAGUE) {
            return vagueWords.get(random.nextInt(vagueWords.size())) + " " + noun.plural();
        }
        String count = random.nextDouble() < wordShare(n) ? words(n) : Integer.toString(n);
        String operator = random.nextDouble() < AT_LEAST ? "at least " : "";
        return operator + count + " " + noun.plural();
    }

    /** A claimed figure, stated plainly: "35 soldiers". */
    String plain(int n, NounPair noun, SplittableRandom random) {
        String count = random.nextDouble() < wordShare(n) ? words(n) : Integer.toString(n);
        return count + " " + noun.forCount(n);
    }

    /** Headlines use digits and drop a single person's number: "13 soldiers", "soldier". */
    static String headline(int n, NounPair noun) {
        return n == 1 ? noun.singular() : n + " " + noun.plural();
    }

    static String be(int n) {
        return n == 1 ? "was" : "were";
    }

    private static double wordShare(int n) {
        return n <= 9 ? 0.7 : n <= 20 ? 0.3 : n < 100 ? 0.03 : 0;
    }

    private static String article(String noun) {
        return "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
