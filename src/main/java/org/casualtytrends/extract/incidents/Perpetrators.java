package org.casualtytrends.extract.incidents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.model.Incident;
import org.casualtytrends.model.VictimGroup;
import org.casualtytrends.text.PatternGroup;

/**
 * An incident's perpetrator ({@code lexicon/perpetrators.tsv}): of the actors its sentences name, the
 * one that claims it or is blamed for it ("Islamic State claimed responsibility", "an attack the
 * government blamed on the PKK"), else the one that acts ("Taliban fighters attacked", "an attack by
 * Kurdish militants", "police shot him dead"), else the first armed group named. An actor named among
 * the victims ("four policemen were killed"), as the target ("an attack on police", "attacking army
 * posts"), as the one who reports ("police said", "according to the army": an armed group's spokesman
 * speaks for the attackers) or denying it ("The Taliban denied involvement") is none of these. The
 * state's forces and individual attackers name the perpetrator only where they act or are blamed: most
 * reports name the police or the army as source, target or victims ("a police vehicle", "an army
 * outpost"), and a gunman as the one who did what the sentence tells; when they act against militants
 * ("police shot the gunman dead"), they respond to the attack, and name the perpetrator only when no one
 * else is named. Among actors of one rank, the
 * sentence of the first figure goes first, then the incident's other sentences, each from its start.
 * Immutable.
 */
final class Perpetrators {
    /** The kinds of rule of the file. */
    private enum Rule {
        ACTOR, REPORTING_ACTOR, AGENT_ACTOR, RESPONSIBLE_BEFORE, RESPONSIBLE_AFTER, AGENT_BEFORE, AGENT_AFTER, TARGET_BEFORE,
        DENIAL, REPORTS_AFTER, REPORTS_BEFORE
    }

    /**
     * What a mention of an actor says of it, from least to most telling; the first is none. The state's
     * forces acting against militants ("police shot the gunman dead") respond to an attack: they are its
     * perpetrator only when no one else is named (a raid).
     */
    private enum Role { NONE, RESPONDER, NAMED, AGENT, RESPONSIBLE }

    /** How far before and after a mention its cues are looked for, in characters. */
    private static final int CUE_REACH = 80;

    /**
     * One pattern, every actor's an alternative of its own ({@code a0}, {@code a1}, ...), in the order of
     * the file; tried only where one of its start literals stands. Tried at every position (find()), it
     * took a third of the bench's work (JFR: 24% of the samples of WorkMeter over the 20k archive, of
     * which the work is 80%).
     */
    private final PatternGroup actors;
    private final List<Actor> actorList;
    /** The actors' group names, {@code a0}, {@code a1}, ...: made once, not for each match. */
    private final String[] groups;
    /**
     * The cues' patterns, the rule of ordinal {@link #FIRST_CUE} + k as pattern k: one pass over the text
     * before a mention and one over the text after it tell where each may match. Tried with find() one
     * by one, they took 5.6% of the bench's work samples.
     */
    private final PatternGroup cues;
    private static final int FIRST_CUE = Rule.RESPONSIBLE_BEFORE.ordinal();

    /** An actor of the file: its label, whether it is a state force that also reports, whether only its acts or a blame name it. */
    private record Actor(String label, boolean reporting, boolean agentOnly) {
    }

    private Perpetrators(Pattern actors, List<Actor> actorList, Map<Rule, Pattern> cues) {
        this.actors = PatternGroup.of(List.of(actors));
        this.actorList = List.copyOf(actorList);
        this.groups = new String[actorList.size()];
        for (int k = 0; k < groups.length; k++) {
            groups[k] = "a" + k;
        }
        List<Pattern> patterns = new ArrayList<>();
        for (int k = FIRST_CUE; k < Rule.values().length; k++) {
            patterns.add(cues.get(Rule.values()[k]));
        }
        this.cues = PatternGroup.of(patterns);
    }

    /** The actors' alternation, as {@link #perpetrator} finds its matches (for the test that it finds what find() does). */
    PatternGroup actors() {
        return actors;
    }

    /** The cues' patterns, as {@link #role} finds them (for the test that it finds what find() does). */
    PatternGroup cues() {
        return cues;
    }

    static int cueCount() {
        return Rule.values().length - FIRST_CUE;
    }

    static Perpetrators load(RuleBundle bundle) {
        RuleTable table = bundle.table(RuleFile.PERPETRATORS);
        List<Actor> actors = new ArrayList<>();
        StringBuilder alternation = new StringBuilder();
        Map<Rule, Pattern> cues = new EnumMap<>(Rule.class);
        for (RuleTable.Row row : table.rows()) {
            Rule rule = row.as("rule", code -> Rule.valueOf(code.toUpperCase(Locale.ROOT)));
            Pattern pattern = row.pattern("pattern", 0);
            if (rule == Rule.ACTOR || rule == Rule.REPORTING_ACTOR || rule == Rule.AGENT_ACTOR) {
                alternation.append(alternation.isEmpty() ? "" : "|").append("(?<a").append(actors.size()).append(">(?:")
                        .append(pattern.pattern()).append("))");
                actors.add(new Actor(row.get("actor"), rule == Rule.REPORTING_ACTOR, rule != Rule.ACTOR));
            } else if (cues.put(rule, pattern) != null) {
                throw row.error("a second " + row.get("rule") + " rule");
            }
        }
        for (Rule cue : Rule.values()) {
            if (cue.ordinal() >= Rule.RESPONSIBLE_BEFORE.ordinal() && !cues.containsKey(cue)) {
                throw table.error("needs a '" + cue.name().toLowerCase(Locale.ROOT) + "' rule");
            }
        }
        if (actors.isEmpty()) {
            throw table.error("names no actor");
        }
        return new Perpetrators(Pattern.compile(alternation.toString()), actors, cues);
    }

    /** Whether the label names the state's forces (a {@code reporting_actor} of the file). */
    boolean isStateForce(String label) {
        return actorList.stream().anyMatch(actor -> actor.reporting() && actor.label().equals(label));
    }

    String perpetrator(List<TextPart> parts) {
        Role bestRole = Role.NONE;
        String best = Incident.UNKNOWN_PERPETRATOR;
        for (TextPart part : parts) {
            String text = part.text();
            PatternGroup.Matches matches = actors.matches(text);
            for (Matcher m = matches.find(0, 0); m != null; m = matches.findNext(0, m)) {
                Actor actor = actor(m);
                Role role = part.describes(m.start(), m.end()) ? role(actor, text, m.start(), m.end()) : Role.NONE;
                if (role == Role.AGENT && actor.reporting() && part.nextVictims(m.end()) == VictimGroup.MILITANTS) {
                    role = Role.RESPONDER;
                }
                if (role.compareTo(bestRole) > 0) {
                    bestRole = role;
                    best = actor.label();
                }
            }
        }
        return best;
    }

    private Actor actor(Matcher m) {
        for (int k = 0; k < groups.length; k++) {
            if (m.start(groups[k]) >= 0) {
                return actorList.get(k);
            }
        }
        throw new IllegalStateException("a match of no actor");
    }

    /** What the mention at {@code [start, end)} says of its actor. */
    private Role role(Actor actor, String text, int start, int end) {
        PatternGroup.Matches before = cues.matches(text.substring(Math.max(0, start - CUE_REACH), start));
        PatternGroup.Matches after = cues.matches(text.substring(end, Math.min(text.length(), end + CUE_REACH)));
        if (finds(Rule.DENIAL, after)) {
            return Role.NONE;
        }
        if (finds(Rule.RESPONSIBLE_BEFORE, before) || finds(Rule.RESPONSIBLE_AFTER, after)) {
            return Role.RESPONSIBLE;
        }
        if (actor.reporting() && (finds(Rule.REPORTS_AFTER, after) || finds(Rule.REPORTS_BEFORE, before))) {
            return Role.NONE;
        }
        if (finds(Rule.AGENT_BEFORE, before) || finds(Rule.AGENT_AFTER, after)) {
            return Role.AGENT;
        }
        if (actor.agentOnly() || finds(Rule.TARGET_BEFORE, before)) {
            return Role.NONE;
        }
        return Role.NAMED;
    }

    private static boolean finds(Rule cue, PatternGroup.Matches text) {
        return text.find(cue.ordinal() - FIRST_CUE, 0) != null;
    }
}
