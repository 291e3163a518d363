package org.casualtytrends.extract.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.extract.LexiconFile;

/**
 * An incident's perpetrator ({@code conf/lexicon/perpetrators.tsv}): the first actor named outside the
 * victim phrases, in the sentence of its first figure first, then in its other sentences; an actor
 * that denies it ("The Taliban denied involvement") is not one, nor are the state's forces when they
 * only report it ("..., police said", "a police spokesman said", "according to police"): officials
 * are the usual source of a report, while an insurgent group's spokesman speaks for the attackers.
 * Immutable.
 */
final class Perpetrators {
    static final String UNKNOWN = "unknown";

    private record Rule(String actor, Pattern pattern) {
    }

    private static final String DENIAL = "denial";
    /** The actor speaks of the event: "police said", "army officials told", "a police spokesman". */
    private static final Pattern REPORTS_AFTER = Pattern.compile(
            "^\\W*(?:(?:provincial|district|local|senior|an?|the)\\W+){0,2}(?:said|says|told|reported|spokesm[ae]n|spokesperson|spokeswoman|officials?|sources?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTS_BEFORE = Pattern.compile("\\baccording to\\W+(?:\\w+\\W+){0,2}$", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> REPORTING_SIDES = java.util.Set.of("security_forces", "foreign_forces");

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

    private static boolean reports(String text, int start, String after) {
        return REPORTS_AFTER.matcher(after).find() || REPORTS_BEFORE.matcher(text.substring(0, start)).find();
    }

    String perpetrator(List<TextPart> parts) {
        for (TextPart part : parts) {
            int bestStart = Integer.MAX_VALUE;
            String best = null;
            for (Rule rule : rules) {
                Matcher m = rule.pattern().matcher(part.text());
                while (m.find()) {
                    String after = part.text().substring(m.end());
                    if (part.describes(m.start(), m.end()) && !denial.matcher(after).find()
                            && !(REPORTING_SIDES.contains(rule.actor()) && reports(part.text(), m.start(), after))) {
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
