package org.casualtytrends.extract.figures;

import java.util.List;
import java.util.Set;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.text.PhraseTable;
import org.casualtytrends.text.Token;
import org.casualtytrends.text.WordSet;

/**
 * Reads number phrases (CODEBOOK.md section 3): digits with separators, number words up to the
 * millions ("twenty-one", "two hundred", "three dozen"), the codebook's vague quantifiers, and the
 * operators before them ("at least", "more than", "nearly"). Word lists from
 * {@code conf/lexicon/numbers.tsv} and {@code operators.tsv}. Immutable.
 */
public final class NumberReader {
    private record Word(long value, String numberClass) {
    }

    private record Operator(String name, int shift) {
    }

    /** The classes of words that make up a number ("twenty", "one", "hundred"). */
    private static final Set<String> CARDINAL_CLASSES = WordSet.of("unit", "tens", "scale");

    private final PhraseTable<Word> words;
    private final PhraseTable<Operator> operators;

    private NumberReader(PhraseTable<Word> words, PhraseTable<Operator> operators) {
        this.words = words;
        this.operators = operators;
    }

    public static NumberReader load(RuleBundle rules) {
        PhraseTable.Builder<Word> words = PhraseTable.builder();
        for (RuleTable.Row row : rules.table(RuleFile.NUMBERS).rows()) {
            String numberClass = row.get("class");
            if (!List.of("unit", "tens", "scale", "vague", "article", "zero", "both").contains(numberClass)) {
                throw row.error("unknown number class '" + numberClass + "'");
            }
            words.add(row.get("phrase"), new Word(row.getInt("value"), numberClass));
        }
        PhraseTable.Builder<Operator> operators = PhraseTable.builder();
        for (RuleTable.Row row : rules.table(RuleFile.OPERATORS).rows()) {
            String name = row.get("operator");
            if (!List.of("at_least", "at_most", "about").contains(name)) {
                throw row.error("unknown operator '" + name + "'");
            }
            operators.add(row.get("phrase"), new Operator(name, row.getInt("shift")));
        }
        return new NumberReader(words.build(), operators.build());
    }

    /** The number phrase starting at token {@code i}, or null. */
    public NumberPhrase read(List<Token> tokens, int i) {
        PhraseTable.Match<Operator> operator = operators.at(tokens, i);
        if (operator != null) {
            NumberPhrase bare = count(tokens, i + operator.length());
            if (bare != null && !bare.vague() && !bare.article() && !bare.both() && bare.value() > 0) {
                Operator op = operator.value();
                return new NumberPhrase(i, bare.to(), Math.max(0, bare.value() + op.shift()), op.name(), false, false, false);
            }
        }
        if (i + 3 < tokens.size() && tokens.get(i).is("between")) {
            NumberPhrase low = count(tokens, i + 1);
            if (low != null && !low.vague() && low.to() < tokens.size() && tokens.get(low.to()).is("and")) {
                NumberPhrase high = count(tokens, low.to() + 1);
                if (high != null && !high.vague()) {
                    return new NumberPhrase(i, high.to(), low.value(), "at_least", false, false, false);
                }
            }
        }
        NumberPhrase count = count(tokens, i);
        return count == null ? null : range(tokens, count);
    }

    /** "10-15", "10 to 15", "three or four": the lower bound, at least. */
    private NumberPhrase range(List<Token> tokens, NumberPhrase low) {
        int j = low.to();
        if (low.vague() || low.article() || low.both() || j + 1 >= tokens.size()) {
            return low;
        }
        String link = tokens.get(j).lower();
        if (link.equals("-") || link.equals("to") || link.equals("or")) {
            NumberPhrase high = count(tokens, j + 1);
            if (high != null && !high.vague() && !high.article() && high.value() > low.value()) {
                return new NumberPhrase(low.from(), high.to(), low.value(), "at_least", false, false, false);
            }
        }
        return low;
    }

    /** A number without operator: digits, number words, a vague quantifier, an article, "no", "both". */
    private NumberPhrase count(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(i);
        if (first.type() == Token.Type.NUMBER) {
            if (first.text().contains(".")) {
                return null;
            }
            long value = Long.parseLong(first.text().replace(",", ""));
            return value > Integer.MAX_VALUE ? null : new NumberPhrase(i, i + 1, (int) value, NumberPhrase.EXACT, false, false, false);
        }
        PhraseTable.Match<Word> match = words.at(tokens, i);
        if (match == null) {
            return numberWords(tokens, i);
        }
        Word word = match.value();
        int to = i + match.length();
        return switch (word.numberClass()) {
            case "vague" -> new NumberPhrase(i, to, (int) word.value(), NumberPhrase.EXACT, true, false, false);
            case "zero" -> new NumberPhrase(i, to, 0, NumberPhrase.EXACT, false, false, false);
            case "both" -> new NumberPhrase(i, to, 2, NumberPhrase.EXACT, false, false, true);
            case "article" -> {
                // "a dozen", "a hundred": the article counts the scale word
                NumberPhrase scaled = numberWords(tokens, to);
                yield scaled != null && scaleFirst(tokens, to)
                        ? new NumberPhrase(i, scaled.to(), scaled.value(), NumberPhrase.EXACT, false, false, false)
                        : new NumberPhrase(i, to, 1, NumberPhrase.EXACT, false, true, false);
            }
            default -> numberWords(tokens, i);
        };
    }

    private boolean scaleFirst(List<Token> tokens, int i) {
        PhraseTable.Match<Word> match = words.at(tokens, i);
        return match != null && match.value().numberClass().equals("scale");
    }

    /** Number words, hyphenated or not: "twenty-one", "two hundred and five", "three dozen". */
    private NumberPhrase numberWords(List<Token> tokens, int i) {
        long total = 0;
        long current = 0;
        int j = i;
        boolean any = false;
        boolean afterScale = false;
        while (j < tokens.size()) {
            Token token = tokens.get(j);
            // "two hundred and five"; "three and six" are two numbers
            if (afterScale && token.is("and") && j + 1 < tokens.size() && partsOf(tokens.get(j + 1).lower()) != null) {
                j++;
                continue;
            }
            Word[] parts = token.isWord() ? partsOf(token.lower()) : null;
            if (parts == null) {
                break;
            }
            for (Word word : parts) {
                afterScale = word.numberClass().equals("scale");
                if (!afterScale) {
                    current += word.value();
                } else if (word.value() >= 1000) {
                    total += (current == 0 ? 1 : current) * word.value();
                    current = 0;
                } else {
                    current = (current == 0 ? 1 : current) * word.value();
                }
            }
            any = true;
            j++;
        }
        long value = total + current;
        return !any || value > Integer.MAX_VALUE ? null
                : new NumberPhrase(i, j, (int) value, NumberPhrase.EXACT, false, false, false);
    }

    /** The number words of a token ("twenty-one" is twenty and one), or null when it is not one. */
    private Word[] partsOf(String token) {
        // most tokens have no hyphen: split would only wrap them in an array
        String[] pieces = token.indexOf('-') < 0 ? new String[] {token} : token.split("-");
        Word[] parts = new Word[pieces.length];
        for (int k = 0; k < pieces.length; k++) {
            Word word = words.get(pieces[k]);
            if (word == null || !CARDINAL_CLASSES.contains(word.numberClass())) {
                return null;
            }
            parts[k] = word;
        }
        return parts;
    }
}
