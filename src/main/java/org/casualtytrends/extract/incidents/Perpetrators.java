package org.casualtytrends.extract.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.extract.LexiconFile;

/**
 * An incident's perpetrator ({@code conf/lexicon/perpetrators.tsv}): the first actor named outside the
 * victim phrases, in the sentence of its first figure first, then in its other sentences; an actor
 * that denies it ("The Taliban denied involvement") is not one. Immutable.
 */
final class Perpetrators {
    static final String UNKNOWN = "unknown";

    private record Rule(String actor, Pattern pattern) {
    }

    private static final String DENIAL = "denial";

    private final List<Rule> rules;
    private final Pattern denial;

    private Perpetrators(List<Rule> rules, Pattern denial) {
        this.rules = List.copyOf(rules);
        this.denial = denial;
    }

    static Perpetrators load() {
        List<Rule> rules = new ArrayList<>();
        Pattern denial = null;
        for (LexiconFile.Row row : LexiconFile.lexicon("perpetrators.tsv")) {
            if (row.get(0).equals(DENIAL)) {
                denial = row.getPattern(1, 0);
            } else {
                rules.add(new Rule(row.get(0), row.getPattern(1, 0)));
            }
        }
        if (denial == null) {
            throw new IllegalArgumentException(LexiconFile.LEXICON + "perpetrators.tsv: needs a 'denial' rule");
        }
        return new Perpetrators(rules, denial);
    }

    String perpetrator(List<TextPart> parts) {
        for (TextPart part : parts) {
            int bestStart = Integer.MAX_VALUE;
            String best = null;
            for (Rule rule : rules) {
                Matcher m = rule.pattern().matcher(part.text());
                while (m.find()) {
                    if (part.describes(m.start(), m.end()) && !denial.matcher(part.text().substring(m.end())).find()) {
                        if (m.start() < bestStart) {
                            bestStart = m.start();
                            best = rule.actor();
                        }
                        break;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return UNKNOWN;
    }
}
