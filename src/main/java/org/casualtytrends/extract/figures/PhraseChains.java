package org.casualtytrends.extract.figures;

import java.util.ArrayList;
import java.util.List;
import org.casualtytrends.extract.figures.FigureWords.WordClass;
import org.casualtytrends.model.VictimGroup;
import org.casualtytrends.text.Token;
import org.casualtytrends.text.Tokens;

/**
 * Links a sentence's victim phrases into the chains one casualty word takes: coordinated phrases ("a
 * leader and two suspects"), inclusions inside a count ("two insurgents, including a Taliban leader":
 * counted once) and appositions ("Sangari, an insurgent leader": one person). Immutable and thread-safe.
 */
final class PhraseChains {
    private final List<String[]> connectors;
    private final List<String[]> companions;
    private final List<String[]> inclusions;

    PhraseChains(FigureWords words) {
        this.connectors = words.phrases(WordClass.CONNECTOR);
        this.companions = words.phrases(WordClass.COMPANION);
        this.inclusions = words.phrases(WordClass.INCLUSION);
    }

    /** Where a chain's victim phrases end, phrases it includes ("..., including a Taliban leader") too. */
    int extentEnd(List<Token> tokens, List<VictimPhrase> chunks, List<VictimPhrase> chain) {
        int k = chunks.indexOf(chain.get(chain.size() - 1));
        while (k + 1 < chunks.size() && linked(tokens, chunks.get(k), chunks.get(k + 1)) != Link.NONE) {
            k++;
        }
        return chunks.get(k).to;
    }

    /** "who was detained along with several of his associates": the companions are victims of the same clause. */
    List<VictimPhrase> withCompanions(List<Token> tokens, List<VictimPhrase> chunks, List<VictimPhrase> chain, int cueEnd) {
        for (String[] connector : companions) {
            if (chain != null && Tokens.startsWith(tokens, cueEnd, connector)) {
                List<VictimPhrase> companions = chainFrom(tokens, chunks, cueEnd + connector.length);
                if (companions != null) {
                    List<VictimPhrase> all = new ArrayList<>(chain);
                    all.addAll(companions);
                    return all;
                }
            }
        }
        return chain;
    }

    /** The chain after "of" at {@code i} ("the arrest of a Taliban leader"), or null. */
    List<VictimPhrase> ofChain(List<Token> tokens, List<VictimPhrase> chunks, int i) {
        return i < tokens.size() && tokens.get(i).is("of") ? chainFrom(tokens, chunks, i + 1) : null;
    }

    /** The coordinated victim phrases starting at token {@code start}, or null. */
    List<VictimPhrase> chainFrom(List<Token> tokens, List<VictimPhrase> chunks, int start) {
        int first = -1;
        for (int k = 0; k < chunks.size(); k++) {
            if (chunks.get(k).from == start) {
                first = k;
            }
        }
        if (first < 0) {
            return null;
        }
        int last = first;
        while (last + 1 < chunks.size() && linked(tokens, chunks.get(last), chunks.get(last + 1)) != Link.NONE) {
            last++;
        }
        return chain(tokens, chunks, first, last);
    }

    /**
     * The coordinated victim phrases ending at token {@code end}, or null; with {@code ownPhraseOnly}
     * the chain does not reach back over an inclusion ("15 people, including two people who had been
     * wounded": the relative clause is the two's).
     */
    List<VictimPhrase> chainTo(List<Token> tokens, List<VictimPhrase> chunks, int end, boolean ownPhraseOnly) {
        int last = -1;
        for (int k = 0; k < chunks.size(); k++) {
            if (chunks.get(k).to == end) {
                last = k;
            }
        }
        if (last < 0) {
            return null;
        }
        int first = last;
        Link link;
        while (first > 0 && (link = linked(tokens, chunks.get(first - 1), chunks.get(first))) != Link.NONE
                && !(ownPhraseOnly && link == Link.INCLUSION)) {
            first--;
        }
        return chain(tokens, chunks, first, last);
    }

    private enum Link { NONE, LIST, INCLUSION }

    private Link linked(List<Token> tokens, VictimPhrase a, VictimPhrase b) {
        if (a.toll || b.toll) {
            return Link.NONE;
        }
        if (a.partitive && a.headless && a.to == b.from) {
            return Link.INCLUSION; // "the militants, one of them the targeted commander, were killed": he is one of them
        }
        for (String[] connector : inclusions) {
            if (a.to + connector.length == b.from && Tokens.startsWith(tokens, a.to, connector)) {
                return Link.INCLUSION;
            }
        }
        for (String[] connector : connectors) {
            if (a.to + connector.length == b.from && Tokens.startsWith(tokens, a.to, connector)) {
                return Link.LIST;
            }
        }
        return Link.NONE;
    }

    /**
     * Whether {@code c}, after a comma, names the person {@code head} names: a description after a name
     * ("Qari Ziauddin, the Taliban shadow governor"), a name after a description ("a senior commander,
     * Muhammad Rahim"), a description after a definite one that a comma closes ("the man, an IED
     * facilitator, and three suspects"; but "the commander, a facilitator and two associates" is a list).
     */
    private static boolean apposition(List<Token> tokens, VictimPhrase head, VictimPhrase c) {
        if (!head.singular || !c.singular || c.value > 1) {
            return false;
        }
        if (head.named || c.named) {
            return head.named != c.named || head.noun != null || c.noun != null;
        }
        boolean closed = c.to >= tokens.size() || !tokens.get(c.to).is("and");
        return head.definite && !c.definite && closed;
    }

    /**
     * Chunks {@code first..last} as one clause's victims: phrases after "including" are inside the total
     * before them; a singular phrase set off by a comma after a named or definite one is an apposition.
     */
    private List<VictimPhrase> chain(List<Token> tokens, List<VictimPhrase> chunks, int first, int last) {
        List<VictimPhrase> chain = new ArrayList<>();
        boolean included = false;
        for (int k = first; k <= last; k++) {
            VictimPhrase c = chunks.get(k);
            if (k > first) {
                VictimPhrase before = chunks.get(k - 1);
                Link link = linked(tokens, before, c);
                // "two insurgents, one of whom was the target": a part of the count before it
                included |= link == Link.INCLUSION || (c.partitive && tokens.get(before.to).is(","));
                boolean comma = before.to + 1 == c.from && tokens.get(before.to).is(",");
                VictimPhrase head = chain.isEmpty() ? null : chain.get(chain.size() - 1);
                if (!included && comma && head != null && apposition(tokens, head, c)) {
                    if (head.group == VictimGroup.UNKNOWN) {
                        head.group = c.group;
                    }
                    if (c.cohort == Cohort.TARGET) {
                        head.cohort = Cohort.TARGET;
                    }
                    continue;
                }
            }
            if (!included) {
                if (k > first && c.cohort == Cohort.FALLBACK && c.noun != null) {
                    c.cohort = Cohort.GENERIC; // "Qari Hamid and his associate": someone else than the one before
                }
                chain.add(c);
            }
        }
        if (included) {
            // "two insurgents, including a Taliban leader": the count before the inclusion is everyone's
            chain.stream().filter(c -> c.cohort == Cohort.GENERIC).forEach(c -> c.cohort = Cohort.TOTAL);
        }
        return chain;
    }
}
