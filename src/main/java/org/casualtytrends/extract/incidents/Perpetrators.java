package org.casualtytrends.extract.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.extract.LexiconFile;

/**
 * An incident's perpetrator ({@code conf/lexicon/perpetrators.tsv}): the first actor named outside the
 * victim phrases, in the sentence of its first figure first, then in its other sentences; actor rules
 * are tried in file order within a sentence. Immutable.
 */
final class Perpetrators {
    static final String UNKNOWN = "unknown";

    private record Rule(String actor, Pattern pattern) {
    }

    private final List<Rule> rules;

    private Perpetrators(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Perpetrators load() {
        List<Rule> rules = new ArrayList<>();
        for (LexiconFile.Row row : LexiconFile.lexicon("perpetrators.tsv")) {
            rules.add(new Rule(row.get(0), row.getPattern(1, 0)));
        }
        return new Perpetrators(rules);
    }

    String perpetrator(List<TextPart> parts) {
        for (TextPart part : parts) {
            int bestStart = Integer.MAX_VALUE;
            String best = null;
            for (Rule rule : rules) {
                Matcher m = rule.pattern().matcher(part.text());
                while (m.find()) {
                    if (part.describes(m.start(), m.end())) {
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
