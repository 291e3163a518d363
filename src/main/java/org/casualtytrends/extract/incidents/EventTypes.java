package org.casualtytrends.extract.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.extract.LexiconFile;

/**
 * An incident's event type from the words of its sentences ({@code conf/lexicon/event-types.tsv}):
 * the sentence of its first figure first, then its other sentences; words of victim phrases do not
 * count. An accident without a hostile word is type {@code other}. Immutable.
 */
final class EventTypes {
    static final String OTHER = "other";
    private static final String HOSTILE = "hostile";
    private static final String ACCIDENT = "accident";
    private static final List<String> TYPES = List.of("armed_attack", "bombing", "airstrike", "clash", "raid",
            "assassination", "abduction");

    private record Rule(String type, Pattern pattern) {
    }

    private final Pattern hostile;
    private final Pattern accident;
    private final List<Rule> rules;

    private EventTypes(Pattern hostile, Pattern accident, List<Rule> rules) {
        this.hostile = hostile;
        this.accident = accident;
        this.rules = List.copyOf(rules);
    }

    static EventTypes load() {
        Pattern hostile = null;
        Pattern accident = null;
        List<Rule> rules = new ArrayList<>();
        for (LexiconFile.Row row : LexiconFile.lexicon("event-types.tsv")) {
            String type = row.get(0);
            Pattern pattern = row.getPattern(1, Pattern.CASE_INSENSITIVE);
            if (type.equals(HOSTILE)) {
                hostile = pattern;
            } else if (type.equals(ACCIDENT)) {
                accident = pattern;
            } else if (TYPES.contains(type)) {
                rules.add(new Rule(type, pattern));
            } else {
                throw row.error("unknown event type '" + type + "'");
            }
        }
        if (hostile == null || accident == null) {
            throw new IllegalArgumentException(LexiconFile.LEXICON + "event-types.tsv: needs a 'hostile' and an 'accident' rule");
        }
        return new EventTypes(hostile, accident, rules);
    }

    /** Whether the text tells an accident: a crash without a hostile act. */
    boolean accident(List<TextPart> parts) {
        return parts.stream().anyMatch(p -> matches(accident, p)) && parts.stream().noneMatch(p -> matches(hostile, p));
    }

    /** The type of the incident told by {@code parts} (its first figure's sentence first). */
    String type(List<TextPart> parts) {
        if (accident(parts)) {
            return OTHER;
        }
        for (TextPart part : parts) {
            for (Rule rule : rules) {
                if (matches(rule.pattern(), part)) {
                    return rule.type();
                }
            }
        }
        return OTHER;
    }

    private static boolean matches(Pattern pattern, TextPart part) {
        Matcher m = pattern.matcher(part.text());
        while (m.find()) {
            if (part.describes(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }
}
