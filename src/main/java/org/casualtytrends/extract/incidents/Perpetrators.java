package org.casualtytrends.extract.incidents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.model.Incident;
import org.casualtytrends.text.PatternGroup;

/**
 * An incident's perpetrator ({@code lexicon/perpetrators.tsv}): the first actor named outside the
 * victim phrases, in the sentence of its first figure first, then in its other sentences; an actor
 * that denies it ("The Taliban denied involvement") is not one, nor are the state's forces when they
 * only report it ("..., police said", "a police spokesman said", "according to police"): officials
 * are the usual source of a report, while an insurgent group's spokesman speaks for the attackers.
 * Immutable.
 */
final class Perpetrators {
    /** The kinds of rule of the file. */
    private enum Rule { ACTOR, REPORTING_ACTOR, DENIAL, REPORTS_AFTER, REPORTS_BEFORE }

    /** One pattern per actor, in the order of the file. */
    private final PatternGroup rules;
    private final List<String> actors;
    /** The actors that are also the usual source of a report: the state's forces. */
    private final Set<String> reportingActors;
    private final Pattern denial;
    /** The actor speaks of the event: "police said", "army officials told", "a police spokesman"; "according to police". */
    private final Pattern reportsAfter;
    private final Pattern reportsBefore;

    private Perpetrators(PatternGroup rules, List<String> actors, Set<String> reportingActors, Map<Rule, Pattern> cues) {
        this.rules = rules;
        this.actors = List.copyOf(actors);
        this.reportingActors = Set.copyOf(reportingActors);
        this.denial = cues.get(Rule.DENIAL);
        this.reportsAfter = cues.get(Rule.REPORTS_AFTER);
        this.reportsBefore = cues.get(Rule.REPORTS_BEFORE);
    }

    static Perpetrators load(RuleBundle bundle) {
        RuleTable table = bundle.table(RuleFile.PERPETRATORS);
        List<Pattern> rules = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        Set<String> reportingActors = new HashSet<>();
        Map<Rule, Pattern> cues = new EnumMap<>(Rule.class);
        for (RuleTable.Row row : table.rows()) {
            Rule rule = row.as("rule", code -> Rule.valueOf(code.toUpperCase(Locale.ROOT)));
            Pattern pattern = row.pattern("pattern", 0);
            if (rule == Rule.ACTOR || rule == Rule.REPORTING_ACTOR) {
                rules.add(pattern);
                actors.add(row.get("actor"));
                if (rule == Rule.REPORTING_ACTOR) {
                    reportingActors.add(row.get("actor"));
                }
            } else if (cues.put(rule, pattern) != null) {
                throw row.error("a second " + row.get("rule") + " rule");
            }
        }
        for (Rule cue : List.of(Rule.DENIAL, Rule.REPORTS_AFTER, Rule.REPORTS_BEFORE)) {
            if (!cues.containsKey(cue)) {
                throw table.error("needs a '" + cue.name().toLowerCase(Locale.ROOT) + "' rule");
            }
        }
        return new Perpetrators(PatternGroup.of(rules), actors, reportingActors, cues);
    }

    private boolean reports(String text, int start, String after) {
        return reportsAfter.matcher(after).find() || reportsBefore.matcher(text.substring(0, start)).find();
    }

    String perpetrator(List<TextPart> parts) {
        for (TextPart part : parts) {
            int bestStart = Integer.MAX_VALUE;
            String best = null;
            PatternGroup.Matches matches = rules.matches(part.text());
            for (int rule = 0; rule < actors.size(); rule++) {
                String actor = actors.get(rule);
                for (Matcher m = matches.find(rule, 0); m != null; m = matches.findNext(rule, m)) {
                    String after = part.text().substring(m.end());
                    if (part.describes(m.start(), m.end()) && !denial.matcher(after).find()
                            && !(reportingActors.contains(actor) && reports(part.text(), m.start(), after))) {
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
        return Incident.UNKNOWN_PERPETRATOR;
    }
}
