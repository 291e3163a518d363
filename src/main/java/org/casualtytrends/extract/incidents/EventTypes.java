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
import org.casualtytrends.text.WordPatterns;

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
            Pattern plain = row.pattern("pattern", Pattern.CASE_INSENSITIVE);
            Pattern pattern = WordPatterns.compile(plain.pattern(), plain.flags());
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
        return accident(parts, candidates(parts));
    }

    /** The type of the incident told by {@code parts} (its first figure's sentence first). */
    EventType type(List<TextPart> parts) {
        long[] candidates = candidates(parts);
        if (accident(parts, candidates)) {
            return EventType.OTHER;
        }
        for (int k = 0; k < parts.size(); k++) {
            for (int rule = 0; rule < ruleTypes.size(); rule++) {
                if (matches(FIRST_RULE + rule, parts.get(k), candidates[k])) {
                    return ruleTypes.get(rule);
                }
            }
        }
        return EventType.OTHER;
    }

    private boolean accident(List<TextPart> parts, long[] candidates) {
        boolean accident = false;
        for (int k = 0; k < parts.size() && !accident; k++) {
            accident = matches(ACCIDENT_PATTERN, parts.get(k), candidates[k]);
        }
        for (int k = 0; k < parts.size() && accident; k++) {
            accident = !matches(HOSTILE_PATTERN, parts.get(k), candidates[k]);
        }
        return accident;
    }

    /** The patterns that may match each part. */
    private long[] candidates(List<TextPart> parts) {
        long[] candidates = new long[parts.size()];
        for (int k = 0; k < parts.size(); k++) {
            candidates[k] = patterns.candidates(parts.get(k).text());
        }
        return candidates;
    }

    private boolean matches(int pattern, TextPart part, long candidates) {
        if (!PatternGroup.isCandidate(candidates, pattern)) {
            return false;
        }
        Matcher m = patterns.pattern(pattern).matcher(part.text());
        while (m.find()) {
            if (part.describes(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }
}
