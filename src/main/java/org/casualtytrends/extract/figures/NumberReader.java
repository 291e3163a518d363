package org.casualtytrends.extract.figures;

import java.util.List;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.model.Operator;
import org.casualtytrends.text.PhraseTable;
import org.casualtytrends.text.Token;
import java.util.Locale;

/**
 * Reads number phrases (CODEBOOK.md section 3): digits with separators, number words up to the
 * millions ("twenty-one", "two hundred", "three dozen"), the codebook's vague quantifiers, and the
 * operators before them ("at least", "more than", "nearly"). Word lists from
 * {@code conf/lexicon/numbers.tsv} and {@code operators.tsv}. Immutable.
 */
public final class NumberReader {
    /** The classes of {@code numbers.tsv}, described there. */
    private enum NumberClass {
        UNIT, TENS, SCALE, VAGUE, ARTICLE, ZERO, BOTH;

        /** A class of the words that make up a number ("twenty", "one", "hundred"). */
        boolean cardinal() {
            return this == UNIT || this == TENS || this == SCALE;
        }
    }

    private record Word(long value, NumberClass numberClass) {
    }

    /** An operator phrase: the operator and what it adds to the number ("more than 12" is at least 13). */
    private record Bound(Operator operator, int shift) {
    }

    private final PhraseTable<Word> words;
    private final PhraseTable<Bound> operators;

    private NumberReader(PhraseTable<Word> words, PhraseTable<Bound> operators) {
        this.words = words;
        this.operators = operators;
    }

    public static NumberReader load(RuleBundle rules) {
        PhraseTable.Builder<Word> words = PhraseTable.builder();
        for (RuleTable.Row row : rules.table(RuleFile.NUMBERS).rows()) {
            NumberClass numberClass = row.as("class", code -> NumberClass.valueOf(code.toUpperCase(Locale.ROOT)));
            words.add(row.get("phrase"), new Word(row.getInt("value"), numberClass));
        }
        PhraseTable.Builder<Bound> operators = PhraseTable.builder();
        for (RuleTable.Row row : rules.table(RuleFile.OPERATORS).rows()) {
            Operator operator = row.as("operator", Operator::of);
            if (operator == Operator.EXACT) {
                throw row.error("an operator phrase bounds its number: at_least, at_most or about");
            }
            operators.add(row.get("phrase"), new Bound(operator, row.getInt("shift")));
        }
        return new NumberReader(words.build(), operators.build());
    }

    /** The number phrase starting at token {@code i}, or null. */
    public NumberPhrase read(List<Token> tokens, int i) {
        PhraseTable.Match<Bound> operator = operators.at(tokens, i);
        if (operator != null) {
            NumberPhrase bare = count(tokens, i + operator.length());
            if (bare != null && !bare.vague() && !bare.article() && !bare.both() && bare.value() > 0) {
                Bound bound = operator.value();
                return new NumberPhrase(i, bare.to(), Math.max(0, bare.value() + bound.shift()), bound.operator(), false, false, false);
            }
        }
        if (i + 3 < tokens.size() && tokens.get(i).is("between")) {
            NumberPhrase low = count(tokens, i + 1);
            if (low != null && !low.vague() && low.to() < tokens.size() && tokens.get(low.to()).is("and")) {
                NumberPhrase high = count(tokens, low.to() + 1);
                if (high != null && !high.vague()) {
                    return new NumberPhrase(i, high.to(), low.value(), Operator.AT_LEAST, false, false, false);
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
                return new NumberPhrase(low.from(), high.to(), low.value(), Operator.AT_LEAST, false, false, false);
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
            return value > Integer.MAX_VALUE ? null : new NumberPhrase(i, i + 1, (int) value, Operator.EXACT, false, false, false);
        }
        PhraseTable.Match<Word> match = words.at(tokens, i);
        if (match == null) {
            return numberWords(tokens, i);
        }
        Word word = match.value();
        int to = i + match.length();
        return switch (word.numberClass()) {
            case VAGUE -> new NumberPhrase(i, to, (int) word.value(), Operator.EXACT, true, false, false);
            case ZERO -> new NumberPhrase(i, to, 0, Operator.EXACT, false, false, false);
            case BOTH -> new NumberPhrase(i, to, 2, Operator.EXACT, false, false, true);
            case ARTICLE -> {
                // "a dozen", "a hundred": the article counts the scale word
                NumberPhrase scaled = numberWords(tokens, to);
                yield scaled != null && scaleFirst(tokens, to)
                        ? new NumberPhrase(i, scaled.to(), scaled.value(), Operator.EXACT, false, false, false)
                        : new NumberPhrase(i, to, 1, Operator.EXACT, false, true, false);
            }
            default -> numberWords(tokens, i);
        };
    }

    private boolean scaleFirst(List<Token> tokens, int i) {
        PhraseTable.Match<Word> match = words.at(tokens, i);
        return match != null && match.value().numberClass() == NumberClass.SCALE;
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
                afterScale = word.numberClass() == NumberClass.SCALE;
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
                : new NumberPhrase(i, j, (int) value, Operator.EXACT, false, false, false);
    }

    /** The number words of a token ("twenty-one" is twenty and one), or null when it is not one. */
    private Word[] partsOf(String token) {
        // most tokens have no hyphen: split would only wrap them in an array
        String[] pieces = token.indexOf('-') < 0 ? new String[] {token} : token.split("-");
        Word[] parts = new Word[pieces.length];
        for (int k = 0; k < pieces.length; k++) {
            Word word = words.get(pieces[k]);
            if (word == null || !word.numberClass().cardinal()) {
                return null;
            }
            parts[k] = word;
        }
        return parts;
    }
}
