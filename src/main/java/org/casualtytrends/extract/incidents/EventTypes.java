package org.casualtytrends.extract.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.model.EventType;
import org.casualtytrends.text.PatternGroup;

/**
 * An incident's event type from the words of its sentences ({@code conf/lexicon/event-types.tsv}):
 * the sentence of its first figure first, then its other sentences; words of victim phrases do not
 * count. An accident without a hostile word is type {@code other}; the types are those of {@link EventType}. Immutable.
 */
final class EventTypes {
    private static final String HOSTILE = "hostile";
    private static final String ACCIDENT = "accident";

    /** The hostile and accident patterns, then one per type rule in the order of the file. */
    private final PatternGroup patterns;
    private final List<EventType> ruleTypes;
    private static final int HOSTILE_PATTERN = 0;
    private static final int ACCIDENT_PATTERN = 1;
    private static final int FIRST_RULE = 2;

    private EventTypes(PatternGroup patterns, List<EventType> ruleTypes) {
        this.patterns = patterns;
        this.ruleTypes = List.copyOf(ruleTypes);
    }

    static EventTypes load(RuleBundle bundle) {
        Pattern hostile = null;
        Pattern accident = null;
        List<Pattern> rules = new ArrayList<>();
        List<EventType> ruleTypes = new ArrayList<>();
        RuleTable table = bundle.table(RuleFile.EVENT_TYPES);
        for (RuleTable.Row row : table.rows()) {
            String type = row.get("type");
            Pattern pattern = row.pattern("pattern", Pattern.CASE_INSENSITIVE);
            if (type.equals(HOSTILE)) {
                hostile = pattern;
            } else if (type.equals(ACCIDENT)) {
                accident = pattern;
            } else {
                EventType eventType = row.as("type", EventType::of);
                if (eventType == EventType.OTHER) {
                    throw row.error("other is the type of what no rule matches, not a rule");
                }
                rules.add(pattern);
                ruleTypes.add(eventType);
            }
        }
        if (hostile == null || accident == null) {
            throw table.error("needs a 'hostile' and an 'accident' rule");
        }
        List<Pattern> patterns = new ArrayList<>(List.of(hostile, accident));
        patterns.addAll(rules);
        return new EventTypes(PatternGroup.of(patterns), ruleTypes);
    }

    /** Whether the text tells an accident: a crash without a hostile act. */
    boolean accident(List<TextPart> parts) {
        return accident(parts, matches(parts));
    }

    /** The type of the incident told by {@code parts} (its first figure's sentence first). */
    EventType type(List<TextPart> parts) {
        List<PatternGroup.Matches> matches = matches(parts);
        if (accident(parts, matches)) {
            return EventType.OTHER;
        }
        for (int k = 0; k < parts.size(); k++) {
            for (int rule = 0; rule < ruleTypes.size(); rule++) {
                if (describes(FIRST_RULE + rule, parts.get(k), matches.get(k))) {
                    return ruleTypes.get(rule);
                }
            }
        }
        return EventType.OTHER;
    }

    /** Whether the text names a hostile act or an event type ("the toll rose to 77" names none). */
    boolean namesHostileAct(List<TextPart> parts) {
        List<PatternGroup.Matches> matches = matches(parts);
        for (int k = 0; k < parts.size(); k++) {
            for (int rule = HOSTILE_PATTERN; rule < FIRST_RULE + ruleTypes.size(); rule++) {
                if (rule != ACCIDENT_PATTERN && describes(rule, parts.get(k), matches.get(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean accident(List<TextPart> parts, List<PatternGroup.Matches> matches) {
        boolean accident = false;
        for (int k = 0; k < parts.size() && !accident; k++) {
            accident = describes(ACCIDENT_PATTERN, parts.get(k), matches.get(k));
        }
        for (int k = 0; k < parts.size() && accident; k++) {
            accident = !describes(HOSTILE_PATTERN, parts.get(k), matches.get(k));
        }
        return accident;
    }

    /** The patterns' matches in each part. */
    private List<PatternGroup.Matches> matches(List<TextPart> parts) {
        return parts.stream().map(part -> patterns.matches(part.text())).toList();
    }

    /** Whether the pattern matches words of the part that describe the event (not a victim phrase's). */
    private static boolean describes(int pattern, TextPart part, PatternGroup.Matches matches) {
        for (Matcher m = matches.find(pattern, 0); m != null; m = matches.findNext(pattern, m)) {
            if (part.describes(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }
}
