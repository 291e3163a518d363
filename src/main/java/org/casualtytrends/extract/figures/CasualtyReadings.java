package org.casualtytrends.extract.figures;

import java.util.List;
import java.util.Set;
import org.casualtytrends.extract.figures.FigureWords.WordClass;
import org.casualtytrends.text.PhraseTable;
import org.casualtytrends.text.Token;

/**
 * How each casualty word of a sentence takes its victims, by its form ({@link CasualtyWord.Form}): the
 * object after an active verb ("killed two insurgents"), the subject before a passive, reduced or
 * intransitive one ("13 soldiers were killed", "14 insurgents killed", "two soldiers died"), across
 * the words allowed between them ("who were later confirmed killed", a place phrase), the phrase after
 * "of" of a nominal use ("the arrest of a Taliban leader"). Immutable and thread-safe.
 */
final class CasualtyReadings {
    private static final int PLACE_PHRASE_TOKENS = 12;
    private static final int INTERRUPTION_TOKENS = 25;

    private final PhraseChains chains;
    private final CasualtyLexicon casualties;
    private final Set<String> passiveAux;
    private final Set<String> perfectAux;
    private final Set<String> gap;
    private final Set<String> relative;
    private final Set<String> participles;
    private final Set<String> determiners;
    private final Set<String> locative;
    private final Set<String> placeWords;
    private final Set<String> possessives;

    CasualtyReadings(PhraseChains chains, CasualtyLexicon casualties, FigureWords words) {
        this.chains = chains;
        this.casualties = casualties;
        this.passiveAux = words.words(WordClass.PASSIVE_AUX);
        this.perfectAux = words.words(WordClass.PERFECT_AUX);
        this.gap = words.words(WordClass.GAP);
        this.relative = words.words(WordClass.RELATIVE);
        this.participles = words.words(WordClass.PARTICIPLE);
        this.determiners = words.words(WordClass.DETERMINER);
        this.locative = words.words(WordClass.LOCATIVE);
        this.placeWords = words.words(WordClass.PLACE_WORD);
        this.possessives = words.words(WordClass.POSSESSIVE);
    }

    /**
     * How a casualty word takes its victims: the victim phrases (null when none), whether they come
     * before it (passive, intransitive) or after it (active), and whether a part of a total among them
     * is a breakdown ("one of the insurgents detained is a leader") rather than victims of their own.
     */
    record Reading(List<VictimPhrase> chain, boolean passive, boolean active, boolean breakdownAllowed) {
        static final Reading NONE = new Reading(null, false, false, false);
    }

    Reading reading(List<Token> tokens, List<VictimPhrase> chunks, int i, int cueEnd, CasualtyWord word) {
        VictimPhrase named = chunkNaming(chunks, i);
        if (named != null) {
            // "ten insurgent deaths", "the detained facilitator"; "the death of Mullah Nasir": the victims after "of"
            // "one of the detained insurgents": a part of those the phrase itself names, not victims of their own
            List<VictimPhrase> of = named.to == cueEnd ? chains.ofChain(tokens, chunks, cueEnd) : null;
            return of != null ? new Reading(of, false, false, false) : new Reading(List.of(named), false, false, true);
        }
        if (nominalUse(tokens, i, cueEnd, word)) {
            // "the capture of a Taliban leader", "the killing of several of the men"
            return new Reading(chains.ofChain(tokens, chunks, cueEnd), false, false, false);
        }
        switch (word.form()) {
            case VERB -> {
                int gapStart = gapStart(tokens, chunks, i);
                boolean aux = anyIn(passiveAux, tokens, gapStart >= 0 ? gapStart : auxStart(tokens, i), i);
                List<VictimPhrase> object = aux ? null : chains.chainFrom(tokens, chunks, cueEnd);
                if (object != null) {
                    return new Reading(object, false, true, false);
                }
                if (gapStart >= 0 && (aux || gapStart == i) && plainGap(tokens, gapStart, i)) {
                    List<VictimPhrase> subject = chains.withCompanions(tokens, chunks, subject(tokens, chunks, gapStart), cueEnd);
                    return new Reading(subject, true, false, !aux || anyIn(relative, tokens, gapStart, i));
                }
                List<VictimPhrase> shared = aux ? sharedSubject(tokens, chunks, i) : null;
                if (shared != null) {
                    return new Reading(shared, true, false, false);
                }
                return aux ? interruptedSubject(tokens, chunks, i, cueEnd) : Reading.NONE;
            }
            case PARTICIPLE -> {
                return new Reading(chains.chainFrom(tokens, chunks, cueEnd), false, true, false);
            }
            case TOLL -> {
                for (VictimPhrase c : chunks) {
                    if (c.from == cueEnd && !c.definite && c.value > 0) {
                        c.toll = true;
                        return new Reading(List.of(c), false, true, false);
                    }
                }
                return Reading.NONE;
            }
            case INTRANSITIVE, ADJECTIVE -> {
                if (cueEnd < tokens.size() && possessives.contains(tokens.get(cueEnd).lower())) {
                    return Reading.NONE; // "surrendered their weapons": a transitive use, not the subject's fate
                }
                int gapStart = gapStart(tokens, chunks, i);
                return gapStart >= 0 && plainGap(tokens, gapStart, i)
                        ? new Reading(subject(tokens, chunks, gapStart), true, false,
                                gapStart == i || anyIn(relative, tokens, gapStart, i))
                        : interruptedSubject(tokens, chunks, i, cueEnd);
            }
            default -> {
                return new Reading(chains.ofChain(tokens, chunks, cueEnd), false, false, false);
            }
        }
    }

    /**
     * "detained two insurgents in Logar province last night, including a Taliban commander": an inclusion
     * later in the clause (before another casualty word) makes the count everyone's.
     */
    boolean includesLater(List<Token> tokens, List<VictimPhrase> chunks, List<VictimPhrase> chain) {
        for (int k = chain.get(chain.size() - 1).to; k + 1 < tokens.size() && casualties.at(tokens, k) == null; k++) {
            final int next = k + 1;
            if (tokens.get(k).is("including") && chunks.stream().anyMatch(c -> c.from == next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the insurgents attempted to shoot the force, and were subsequently killed": a passive verb joined
     * by "and" to an earlier verb has the clause's subject, the victim phrase that opens the clause.
     */
    private List<VictimPhrase> sharedSubject(List<Token> tokens, List<VictimPhrase> chunks, int cue) {
        int k = auxStart(tokens, cue);
        if (k == 0 || !tokens.get(k - 1).is("and")) {
            return null;
        }
        VictimPhrase subject = null;
        for (VictimPhrase c : chunks) {
            if (c.to < k - 1 && (c.from == 0 || tokens.get(c.from - 1).is(","))) {
                subject = c;
            }
        }
        return subject == null ? null : chains.chainFrom(tokens, chunks, subject.from);
    }

    /** The chain ending at {@code end}, its own phrase only when a relative clause follows it ("two people who had been wounded"). */
    private List<VictimPhrase> subject(List<Token> tokens, List<VictimPhrase> chunks, int end) {
        return chains.chainTo(tokens, chunks, end, end < tokens.size() && relative.contains(tokens.get(end).lower()));
    }

    /**
     * The subject of a passive or intransitive casualty word that a clause or phrase keeps apart from it:
     * a parenthesis between commas ("several insurgents, who presented an immediate threat to the force,
     * were killed"), a relative clause ("two insurgents who had been placing an IED near the road were
     * killed"), an "of" phrase ("a facilitator of weapons, ammunition and explosives was arrested"). The
     * words between hold no casualty word and no clause end, and at most {@value #INTERRUPTION_TOKENS}.
     */
    private Reading interruptedSubject(List<Token> tokens, List<VictimPhrase> chunks, int i, int cueEnd) {
        if (i > 0 && determiners.contains(tokens.get(i - 1).lower())) {
            return Reading.NONE; // "listed among the dead": a noun, not a predicate
        }
        int k = auxStart(tokens, i);
        for (int p = k - 1; p >= 0 && k - p <= INTERRUPTION_TOKENS; p--) {
            Token t = tokens.get(p);
            if (t.is(";") || t.is(".") || t.is(":") || casualties.at(tokens, p) != null) {
                return Reading.NONE;
            }
            final int end = p;
            // "of" after a noun opens a phrase of things ("a facilitator of weapons"), not of people ("dozens of people")
            boolean ofThings = t.is("of") && chunks.stream().noneMatch(c -> c.from == end + 1)
                    && chunks.stream().anyMatch(c -> c.to == end && c.noun != null);
            // the comma that opens a parenthesis which a comma closes right before the verb
            boolean opens = (t.is(",") && p < k - 1 && tokens.get(k - 1).is(",")) || relative.contains(t.lower()) || ofThings;
            if (opens && p > 0 && chunks.stream().anyMatch(c -> c.to == end)) {
                List<VictimPhrase> subject = chains.withCompanions(tokens, chunks, chains.chainTo(tokens, chunks, end, false), cueEnd);
                return new Reading(subject, true, false, false);
            }
        }
        return Reading.NONE;
    }

    /** Where the auxiliaries and adverbs right before the casualty word at {@code i} start. */
    private int auxStart(List<Token> tokens, int i) {
        int k = i;
        while (k > 0 && gap.contains(tokens.get(k - 1).lower())) {
            k--;
        }
        return k;
    }

    /** A verb or participle used as a noun: after a determiner and before "of". */
    private boolean nominalUse(List<Token> tokens, int i, int cueEnd, CasualtyWord word) {
        return (word.form() == CasualtyWord.Form.VERB || word.form() == CasualtyWord.Form.PARTICIPLE)
                && i > 0 && determiners.contains(tokens.get(i - 1).lower()) && cueEnd < tokens.size() && tokens.get(cueEnd).is("of");
    }

    /** Whether the casualty word at {@code i} follows another one and {@code conjunction}. */
    boolean joined(List<Token> tokens, int i, String conjunction) {
        if (i < 2 || !tokens.get(i - 1).is(conjunction)) {
            return false;
        }
        for (int k = Math.max(0, i - 4); k < i - 1; k++) {
            PhraseTable.Match<CasualtyWord> before = casualties.at(tokens, k);
            if (before != null && k + before.length() == i - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the victim phrase before the casualty word at {@code i} ends, walking back over the words
     * allowed between them ("who were later", ", was", "was engaged and"); -1 when none ends there.
     */
    private int gapStart(List<Token> tokens, List<VictimPhrase> chunks, int i) {
        for (int k = i; ; ) {
            final int end = k;
            if (chunks.stream().anyMatch(c -> c.to == end)) {
                return k;
            }
            if (k == 0) {
                return -1;
            }
            Token t = tokens.get(k - 1);
            int place = placePhraseStart(tokens, k);
            if (gap.contains(t.lower()) || t.is(",")) {
                k--;
            } else if (t.is("and") && k >= 2 && isParticiple(tokens.get(k - 2))) {
                k -= 2;
            } else if (place >= 0) {
                k = place;
            } else {
                return -1;
            }
        }
    }

    /**
     * Where a place phrase ending at {@code end} starts ("in Pul-e 'Alam district, Logar province" in
     * "A Haqqani leader in Pul-e 'Alam district, Logar province, was arrested"), or -1.
     */
    private int placePhraseStart(List<Token> tokens, int end) {
        for (int k = end - 1; k >= 0 && end - k <= PLACE_PHRASE_TOKENS; k--) {
            Token t = tokens.get(k);
            if (locative.contains(t.lower())) {
                return k < end - 1 ? k : -1;
            }
            if (!(t.isCapitalized() || placeWords.contains(t.lower()) || (t.type() == Token.Type.PUNCT && !t.is(".")))) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isParticiple(Token t) {
        return t.isWord() && (t.lower().endsWith("ed") || participles.contains(t.lower()));
    }

    /** A gap with a comma or a coordinated verb needs an auxiliary to be a subject's ("Sangari, an insurgent leader, was killed"). */
    private boolean plainGap(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (tokens.get(k).is(",") || tokens.get(k).is("and")) {
                return anyIn(passiveAux, tokens, from, to) || anyIn(perfectAux, tokens, from, to);
            }
        }
        return true;
    }

    /** Whether one of tokens {@code [from, to)} is one of the words. */
    private static boolean anyIn(Set<String> words, List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (words.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The victim phrase whose casualty word is the one at {@code i}, or null. */
    private static VictimPhrase chunkNaming(List<VictimPhrase> chunks, int i) {
        for (VictimPhrase c : chunks) {
            if (c.kindAt == i) {
                return c;
            }
        }
        return null;
    }
}
