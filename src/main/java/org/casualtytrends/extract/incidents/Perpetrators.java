package org.casualtytrends.extract.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.LexiconFile;
import org.casualtytrends.text.PatternGroup;

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

    private static final String DENIAL = "denial";
    /** The actor speaks of the event: "police said", "army officials told", "a police spokesman". */
    private static final Pattern REPORTS_AFTER = Pattern.compile(
            "^\\W*(?:(?:provincial|district|local|senior|an?|the)\\W+){0,2}(?:said|says|told|reported|spokesm[ae]n|spokesperson|spokeswoman|officials?|sources?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTS_BEFORE = Pattern.compile("\\baccording to\\W+(?:\\w+\\W+){0,2}$", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> REPORTING_SIDES = java.util.Set.of("security_forces", "foreign_forces");

    /** One pattern per actor, in the order of the file. */
    private final PatternGroup rules;
    private final List<String> actors;
    private final Pattern denial;

    private Perpetrators(PatternGroup rules, List<String> actors, Pattern denial) {
        this.rules = rules;
        this.actors = List.copyOf(actors);
        this.denial = denial;
    }

    static Perpetrators load() {
        List<Pattern> rules = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        Pattern denial = null;
        for (LexiconFile.Row row : LexiconFile.lexicon("perpetrators.tsv")) {
            if (row.get(0).equals(DENIAL)) {
                denial = row.getPattern(1, 0);
            } else {
                rules.add(row.getPattern(1, 0));
                actors.add(row.get(0));
            }
        }
        if (denial == null) {
            throw new IllegalArgumentException(LexiconFile.LEXICON + "perpetrators.tsv: needs a 'denial' rule");
        }
        return new Perpetrators(PatternGroup.of(rules), actors, denial);
    }

    private static boolean reports(String text, int start, String after) {
        return REPORTS_AFTER.matcher(after).find() || REPORTS_BEFORE.matcher(text.substring(0, start)).find();
    }

    String perpetrator(List<TextPart> parts) {
        for (TextPart part : parts) {
            int bestStart = Integer.MAX_VALUE;
            String best = null;
            long candidates = rules.candidates(part.text());
            for (int rule = 0; rule < actors.size(); rule++) {
                if (!PatternGroup.isCandidate(candidates, rule)) {
                    continue;
                }
                String actor = actors.get(rule);
                Matcher m = rules.pattern(rule).matcher(part.text());
                while (m.find()) {
                    String after = part.text().substring(m.end());
                    if (part.describes(m.start(), m.end()) && !denial.matcher(after).find()
                            && !(REPORTING_SIDES.contains(actor) && reports(part.text(), m.start(), after))) {
                        if (m.start() < bestStart) {
                            bestStart = m.start();
                            best = actor;
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
