package org.casualtytrends.extract.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.extract.figures.FigureWords.WordClass;
import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.model.Operator;
import org.casualtytrends.model.VictimGroup;
import org.casualtytrends.text.PhraseTable;
import org.casualtytrends.text.Token;
import org.casualtytrends.text.Tokens;
import java.util.Locale;

/**
 * Reads the casualty figures of a sentence (CODEBOOK.md section 3): a casualty word tied to its victim
 * phrases, in the active ("killed two insurgents and detained nine others"), the passive ("13 members of
 * the security forces were killed"), reduced ("14 insurgents killed and one wounded"), intransitive
 * ("two soldiers died"), adjectival ("three members of the army were missing") and nominal ("the arrest
 * of a Taliban leader") constructions, with coordinated victims ("a leader and two suspects"), elliptical
 * ones ("35 soldiers were killed and four were captured"), appositions ("Sangari, an insurgent leader")
 * and inclusions ("two insurgents, including a Taliban leader", "two insurgents, one of whom ...": counted once).
 *
 * <p>Not read: sentences of running totals, of sums of several operations, of a person's earlier
 * episodes ({@link ClauseMarkers}); casualty words in a clause of a person's record ("responsible for ...");
 * breakdowns of a total already given ("one of the insurgents detained is a leader"); casualty words
 * joined by "or" ("captured or killed"); gerunds after "for" or "of" ("arrested for killing").
 * Immutable and thread-safe; the lexicons are loaded once.
 */
public final class FigureReader {
    private static final int PLACE_PHRASE_TOKENS = 12;

    private final NumberReader numbers;
    private final Set<String> barriers;
    private final Set<String> passiveAux;
    private final Set<String> gap;
    private final Set<String> relative;
    private final Set<String> gerundPrepositions;
    private final Set<String> participles;
    private final Set<String> possessives;
    private final Set<String> personalPronouns;
    private final Set<String> determiners;
    private final Set<String> demonstratives;
    private final Set<String> partitiveDeterminers;
    private final Set<String> additiveWords;
    private final Set<String> noAntecedentWords;
    private final Set<String> ordinals;
    private final Set<String> placeWords;
    private final Set<String> locative;
    private final List<String[]> connectors;
    private final List<String[]> companions;
    private final List<String[]> inclusions;
    private final Set<String> partitivePronouns;
    private final Set<String> perfectAux;
    private final VictimLexicon victims;
    private final CasualtyLexicon casualties;
    private final ClauseMarkers markers;
    private final Set<String> nameStopwords;
    /** The count of a unit's uncounted members. */
    private final NumberPhrase several;

    FigureReader(NumberReader numbers, VictimLexicon victims, CasualtyLexicon casualties, ClauseMarkers markers,
                 Set<String> nameStopwords, FigureWords words) {
        this.numbers = numbers;
        this.barriers = words.words(WordClass.BARRIER);
        this.passiveAux = words.words(WordClass.PASSIVE_AUX);
        this.gap = words.words(WordClass.GAP);
        this.relative = words.words(WordClass.RELATIVE);
        this.gerundPrepositions = words.words(WordClass.GERUND_PREPOSITION);
        this.participles = words.words(WordClass.PARTICIPLE);
        this.possessives = words.words(WordClass.POSSESSIVE);
        this.personalPronouns = words.words(WordClass.PERSONAL_PRONOUN);
        this.determiners = words.words(WordClass.DETERMINER);
        this.demonstratives = words.words(WordClass.DEMONSTRATIVE);
        this.partitiveDeterminers = words.words(WordClass.PARTITIVE_DETERMINER);
        this.additiveWords = words.words(WordClass.ADDITIVE);
        this.noAntecedentWords = words.words(WordClass.NO_ANTECEDENT);
        this.ordinals = words.words(WordClass.ORDINAL);
        this.placeWords = words.words(WordClass.PLACE_WORD);
        this.locative = words.words(WordClass.LOCATIVE);
        this.connectors = words.phrases(WordClass.CONNECTOR);
        this.companions = words.phrases(WordClass.COMPANION);
        this.inclusions = words.phrases(WordClass.INCLUSION);
        this.partitivePronouns = words.words(WordClass.PARTITIVE_PRONOUN);
        this.perfectAux = words.words(WordClass.PERFECT_AUX);
        this.victims = victims;
        this.casualties = casualties;
        this.markers = markers;
        this.nameStopwords = Set.copyOf(nameStopwords);
        this.several = numbers.read(Tokens.of("several"), 0);
    }

    public static FigureReader load(RuleBundle rules, ClauseMarkers markers) {
        Set<String> stopwords = new HashSet<>();
        rules.table(RuleFile.NAME_STOPWORDS).rows().forEach(row -> stopwords.add(row.get("word").toLowerCase(Locale.ROOT)));
        return new FigureReader(NumberReader.load(rules), VictimLexicon.load(rules), CasualtyLexicon.load(rules), markers, stopwords,
                FigureWords.of(rules.table(RuleFile.FIGURE_WORDS)));
    }

    public CasualtyLexicon casualties() {
        return casualties;
    }

    /** A victim phrase: tokens {@code [from, to)}. */
    private static final class Chunk {
        final int from;
        int to;
        int value;
        Operator operator = Operator.EXACT;
        boolean vague;
        VictimGroup group;
        /** "nine others": the group of the victims named before, set once the sentence's phrases are read. */
        boolean others;
        Cohort cohort = Cohort.GENERIC;
        boolean singular;
        boolean named;
        boolean definite;
        boolean partitive;
        boolean headless;
        String noun;
        CasualtyKind nounKind;

        Chunk(int from) {
            this.from = from;
        }
    }

    /**
     * The figures of a sentence.
     *
     * @param placeSpans spans (sentence offsets) of place names, never victims
     * @param context    the article's earlier sentences; updated
     */
    public SentenceFigures read(String sentence, List<int[]> placeSpans, ReadingContext context) {
        return read(Tokens.of(sentence), markers.find(sentence), placeSpans, context);
    }

    /** The figures of a sentence already split into {@code tokens}, with its clause markers. */
    public SentenceFigures read(List<Token> tokens, ClauseMarkers.Found marked, List<int[]> placeSpans, ReadingContext context) {
        context.nextSentence();
        List<Chunk> chunks = chunks(tokens, placeSpans, context);
        List<int[]> victimSpans = new ArrayList<>();
        if (marked.has(ClauseMarkers.Category.STATISTIC) || marked.has(ClauseMarkers.Category.AGGREGATE)
                || marked.has(ClauseMarkers.Category.PAST)) {
            return new SentenceFigures(List.of(), victimSpans);
        }
        List<int[]> record = marked.recordSpans();
        List<Figure> figures = new ArrayList<>();
        Reading previous = null;
        int previousCueEnd = -1;
        int clause = 0;
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTable.Match<CasualtyWord> cue = casualties.at(tokens, i);
            if (cue == null) {
                continue;
            }
            int cueEnd = i + cue.length();
            CasualtyWord word = cue.value();
            Reading reading = previous != null && previous.passive() && previousCueEnd + 1 == i - 1 && tokens.get(i - 1).is("and")
                    ? previous // "were killed and captured": both casualty words share the victims
                    : reading(tokens, chunks, i, cueEnd, word);
            boolean afterRecord = ClauseMarkers.inSpans(record, tokens.get(i).begin());
            boolean disjunct = joined(tokens, i, "or") || (cueEnd < tokens.size() && tokens.get(cueEnd).is("or")
                    && casualties.at(tokens, cueEnd + 1) != null);
            // "arrested for killing two policemen", "an operation to capture a facilitator": not this incident's
            boolean gerundAfterPreposition = word.form() == CasualtyWord.Form.PARTICIPLE && i > 0
                    && gerundPrepositions.contains(tokens.get(i - 1).lower());
            boolean infinitive = i > 0 && tokens.get(i - 1).is("to");
            // "killed and wounded 20 people": which of them is unknown, so neither counts
            boolean sharedObject = reading.active() && (previous == null || previous.chain() == null) && joined(tokens, i, "and");
            previous = reading;
            previousCueEnd = cueEnd - 1;
            List<Chunk> chain = reading.chain();
            if (chain == null || afterRecord || disjunct || gerundAfterPreposition || infinitive || sharedObject) {
                continue;
            }
            clause++;
            victimSpans.add(new int[] {tokens.get(chain.get(0).from).begin(), tokens.get(extentEnd(tokens, chunks, chain) - 1).end()});
            if (includesLater(tokens, chunks, chain)) {
                chain.stream().filter(c -> c.cohort == Cohort.GENERIC).forEach(c -> c.cohort = Cohort.TOTAL);
            }
            for (Chunk c : chain) {
                if (c.partitive && reading.breakdownAllowed()) {
                    continue;
                }
                int begin = Math.min(tokens.get(c.from).begin(), tokens.get(i).begin());
                int end = Math.max(tokens.get(c.to - 1).end(), tokens.get(cueEnd - 1).end());
                CasualtyKind kind = c.nounKind != null ? c.nounKind : word.kind();
                figures.add(new Figure(kind, c.value, c.operator, c.vague, c.group, c.cohort, clause, begin, end));
            }
        }
        rememberCounts(chunks, context);
        return new SentenceFigures(figures, victimSpans);
    }

    /**
     * How a casualty word takes its victims: the victim phrases (null when none), whether they come
     * before it (passive, intransitive) or after it (active), and whether a part of a total among them
     * is a breakdown ("one of the insurgents detained is a leader") rather than victims of their own.
     */
    private record Reading(List<Chunk> chain, boolean passive, boolean active, boolean breakdownAllowed) {
        static final Reading NONE = new Reading(null, false, false, false);
    }

    private Reading reading(List<Token> tokens, List<Chunk> chunks, int i, int cueEnd, CasualtyWord word) {
        if (nominalUse(tokens, i, cueEnd, word)) {
            // "the capture of a Taliban leader", "the killing of several of the men"
            return new Reading(ofChain(tokens, chunks, cueEnd), false, false, false);
        }
        switch (word.form()) {
            case VERB -> {
                int gapStart = gapStart(tokens, chunks, i);
                boolean aux = hasAux(tokens, gapStart >= 0 ? gapStart : auxStart(tokens, i), i);
                List<Chunk> object = aux ? null : chainFrom(tokens, chunks, cueEnd);
                if (object != null) {
                    return new Reading(object, false, true, false);
                }
                if (gapStart >= 0 && (aux || gapStart == i) && plainGap(tokens, gapStart, i)) {
                    List<Chunk> subject = withCompanions(tokens, chunks, chainTo(tokens, chunks, gapStart), cueEnd);
                    return new Reading(subject, true, false, !aux || hasRelative(tokens, gapStart, i));
                }
                List<Chunk> shared = aux ? sharedSubject(tokens, chunks, i) : null;
                return shared == null ? Reading.NONE : new Reading(shared, true, false, false);
            }
            case PARTICIPLE -> {
                return new Reading(chainFrom(tokens, chunks, cueEnd), false, true, false);
            }
            case INTRANSITIVE, ADJECTIVE -> {
                int gapStart = gapStart(tokens, chunks, i);
                return gapStart >= 0 && plainGap(tokens, gapStart, i)
                        ? new Reading(chainTo(tokens, chunks, gapStart), true, false, gapStart == i || hasRelative(tokens, gapStart, i))
                        : Reading.NONE;
            }
            case NOUN -> {
                Chunk headed = chunkWithHead(chunks, i);
                return new Reading(headed != null ? List.of(headed) : ofChain(tokens, chunks, cueEnd), false, false, false);
            }
            default -> {
                return new Reading(ofChain(tokens, chunks, cueEnd), false, false, false);
            }
        }
    }

    /**
     * "detained two insurgents in Logar province last night, including a Taliban commander": an inclusion
     * later in the clause (before another casualty word) makes the count everyone's.
     */
    private boolean includesLater(List<Token> tokens, List<Chunk> chunks, List<Chunk> chain) {
        for (int k = chain.get(chain.size() - 1).to; k + 1 < tokens.size() && casualties.at(tokens, k) == null; k++) {
            final int next = k + 1;
            if (tokens.get(k).is("including") && chunks.stream().anyMatch(c -> c.from == next)) {
                return true;
            }
        }
        return false;
    }

    /** Where a chain's victim phrases end, phrases it includes ("..., including a Taliban leader") too. */
    private int extentEnd(List<Token> tokens, List<Chunk> chunks, List<Chunk> chain) {
        int k = chunks.indexOf(chain.get(chain.size() - 1));
        while (k + 1 < chunks.size() && linked(tokens, chunks.get(k), chunks.get(k + 1)) != Link.NONE) {
            k++;
        }
        return chunks.get(k).to;
    }

    /** "who was detained along with several of his associates": the companions are victims of the same clause. */
    private List<Chunk> withCompanions(List<Token> tokens, List<Chunk> chunks, List<Chunk> chain, int cueEnd) {
        for (String[] connector : companions) {
            if (chain != null && Tokens.startsWith(tokens, cueEnd, connector)) {
                List<Chunk> companions = chainFrom(tokens, chunks, cueEnd + connector.length);
                if (companions != null) {
                    List<Chunk> all = new ArrayList<>(chain);
                    all.addAll(companions);
                    return all;
                }
            }
        }
        return chain;
    }

    /**
     * "the insurgents attempted to shoot the force, and were subsequently killed": a passive verb joined
     * by "and" to an earlier verb has the clause's subject, the victim phrase that opens the clause.
     */
    private List<Chunk> sharedSubject(List<Token> tokens, List<Chunk> chunks, int cue) {
        int k = auxStart(tokens, cue);
        if (k == 0 || !tokens.get(k - 1).is("and")) {
            return null;
        }
        Chunk subject = null;
        for (Chunk c : chunks) {
            if (c.to < k - 1 && (c.from == 0 || tokens.get(c.from - 1).is(","))) {
                subject = c;
            }
        }
        return subject == null ? null : chainFrom(tokens, chunks, subject.from);
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
    private boolean joined(List<Token> tokens, int i, String conjunction) {
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
    private int gapStart(List<Token> tokens, List<Chunk> chunks, int i) {
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
                return hasAux(tokens, from, to) || hasPerfect(tokens, from, to);
            }
        }
        return true;
    }

    private boolean hasPerfect(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (perfectAux.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAux(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (passiveAux.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasRelative(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (relative.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private Chunk chunkWithHead(List<Chunk> chunks, int headIndex) {
        for (Chunk c : chunks) {
            if (c.nounKind != null && c.from <= headIndex && headIndex < c.to) {
                return c;
            }
        }
        return null;
    }

    /** The chain after "of" at {@code i} ("the arrest of a Taliban leader"), or null. */
    private List<Chunk> ofChain(List<Token> tokens, List<Chunk> chunks, int i) {
        return i < tokens.size() && tokens.get(i).is("of") ? chainFrom(tokens, chunks, i + 1) : null;
    }

    /** The coordinated victim phrases starting at token {@code start}, or null. */
    private List<Chunk> chainFrom(List<Token> tokens, List<Chunk> chunks, int start) {
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

    /** The coordinated victim phrases ending at token {@code end}, or null. */
    private List<Chunk> chainTo(List<Token> tokens, List<Chunk> chunks, int end) {
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
        while (first > 0 && linked(tokens, chunks.get(first - 1), chunks.get(first)) != Link.NONE) {
            first--;
        }
        return chain(tokens, chunks, first, last);
    }

    private enum Link { NONE, LIST, INCLUSION }

    private Link linked(List<Token> tokens, Chunk a, Chunk b) {
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
     * Chunks {@code first..last} as one clause's victims: phrases after "including" are inside the total
     * before them; a singular phrase set off by a comma after a named or definite one is an apposition.
     */
    private List<Chunk> chain(List<Token> tokens, List<Chunk> chunks, int first, int last) {
        List<Chunk> chain = new ArrayList<>();
        boolean included = false;
        for (int k = first; k <= last; k++) {
            Chunk c = chunks.get(k);
            if (k > first) {
                Chunk before = chunks.get(k - 1);
                Link link = linked(tokens, before, c);
                // "two insurgents, one of whom was the target": a part of the count before it
                included |= link == Link.INCLUSION || (c.partitive && tokens.get(before.to).is(","));
                boolean comma = before.to + 1 == c.from && tokens.get(before.to).is(",");
                Chunk head = chain.isEmpty() ? null : chain.get(chain.size() - 1);
                // "Qari Ziauddin, the Taliban shadow governor", "the man, an IED facilitator"
                boolean apposition = head != null && head.singular && c.singular && c.value <= 1
                        && (head.named || (head.definite && !c.definite && !c.named));
                if (!included && comma && apposition) {
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
                chain.add(c);
            }
        }
        if (included) {
            // "two insurgents, including a Taliban leader": the count before the inclusion is everyone's
            chain.stream().filter(c -> c.cohort == Cohort.GENERIC).forEach(c -> c.cohort = Cohort.TOTAL);
        }
        return chain;
    }

    // ---------------------------------------------------------------- victim phrases

    private List<Chunk> chunks(List<Token> tokens, List<int[]> placeSpans, ReadingContext context) {
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Chunk c = chunk(tokens, i, placeSpans, context);
            if (c != null) {
                chunks.add(c);
                i = c.to;
            } else {
                i++;
            }
        }
        VictimGroup lastGroup = context.lastGroup();
        for (Chunk c : chunks) {
            if (c.headless || c.others) {
                c.group = lastGroup;
            } else if (c.noun != null && c.value > 0) {
                lastGroup = c.group;
            }
        }
        context.lastGroup(lastGroup);
        return chunks;
    }

    private void rememberCounts(List<Chunk> chunks, ReadingContext context) {
        for (Chunk c : chunks) {
            if (c.noun != null && !c.singular && c.cohort == Cohort.GENERIC && c.value > 0) {
                context.remember(c.noun, c.value, c.vague);
            }
        }
    }

    /** The victim phrase starting at token {@code i}, or null. */
    private Chunk chunk(List<Token> tokens, int i, List<int[]> placeSpans, ReadingContext context) {
        Token first = tokens.get(i);
        Chunk c = new Chunk(i);
        int j = i;
        boolean all = false;
        if (first.is("all") && i + 1 < tokens.size() && !tokens.get(i + 1).is("of")) {
            all = true;
            j++;
        }
        if (first.is("no") && i + 1 < tokens.size() && tokens.get(i + 1).is("one") || first.is("nobody") || first.is("none")) {
            c.to = first.is("no") ? i + 2 : i + 1;
            c.value = 0;
            c.group = VictimGroup.UNKNOWN;
            c.singular = true;
            return c;
        }
        if (personalPronouns.contains(first.lower()) && (i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()
                || barriers.contains(tokens.get(i + 1).lower()) || casualties.at(tokens, i + 1) != null)) {
            c.to = i + 1;
            c.value = 1;
            c.group = VictimGroup.UNKNOWN;
            c.cohort = Cohort.FALLBACK;
            c.singular = true;
            return c;
        }
        NumberPhrase number = numbers.read(tokens, j);
        if (number != null) {
            j = number.to();
        } else if (tokens.get(j).is("the")) {
            c.definite = true;
            j++;
            number = numbers.read(tokens, j);
            if (number != null) {
                if (number.article() || number.vague()) {
                    return null;
                }
                j = number.to();
            }
        } else if (possessives.contains(tokens.get(j).lower())) {
            c.definite = true;
            j++;
        } else if (demonstratives.contains(tokens.get(j).lower()) || !first.isCapitalized()) {
            return null;
        }
        if (number != null && j + 1 < tokens.size() && tokens.get(j).is("of")) {
            if (partitiveDeterminers.contains(tokens.get(j + 1).lower())) {
                c.partitive = true;
                j += 2;
                if (partitivePronouns.contains(tokens.get(j - 1).lower())) {
                    return headless(c, number, j, all);
                }
            } else if (possessives.contains(tokens.get(j + 1).lower())) {
                j += 2;
            }
        }
        int head = -1;
        int headEnd = -1;
        VictimNoun noun = null;
        CasualtyKind nounKind = null;
        List<VictimGroup> modifierGroups = new ArrayList<>();
        boolean affiliated = false;
        for (int k = j; k < tokens.size() && k < j + 7; ) {
            Token t = tokens.get(k);
            if (t.is("of") && k > j && tokens.get(k - 1).isCapitalized() && k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized()) {
                k++; // "an Islamic Movement of Uzbekistan facilitator"
                continue;
            }
            if (ordinals.contains(t.lower()) || Character.isDigit(t.text().charAt(0)) && t.isWord()) {
                return null; // "the seventh Taliban leader", "the 17th leader captured": a rank, not a count
            }
            if (t.type() == Token.Type.NUMBER || (t.type() == Token.Type.PUNCT && !t.lower().equals("'s")) || barriers.contains(t.lower())) {
                break;
            }
            PhraseTable.Match<CasualtyWord> cue = casualties.at(tokens, k);
            PhraseTable.Match<VictimNoun> victim = victims.noun(tokens, k);
            if (cue != null && cue.value().form() == CasualtyWord.Form.NOUN) {
                head = k;
                headEnd = k + cue.length();
                noun = new VictimNoun(VictimGroup.UNKNOWN, false, false, true, false);
                nounKind = cue.value().kind();
                k = headEnd;
                continue;
            }
            if (cue != null) {
                break;
            }
            PhraseTable.Match<VictimGroup> modifier = victims.modifier(tokens, k);
            if (modifier != null) {
                modifierGroups.add(modifier.value());
                affiliated |= t.isCapitalized() && modifier.value() == VictimGroup.MILITANTS;
            }
            if (victim != null) {
                head = k;
                headEnd = k + victim.length();
                noun = victim.value();
                nounKind = null;
                k = headEnd;
                continue;
            }
            k += modifier != null ? modifier.length() : 1;
        }
        if (noun == null) {
            if (number != null && !number.article() && !c.definite && endsPhrase(tokens, j) && !isYear(tokens.get(i))) {
                return headless(c, number, j, all);
            }
            return number == null && !c.definite && first.isCapitalized() ? name(tokens, i, placeSpans) : null;
        }
        c.to = headEnd;
        c.noun = tokens.get(head).lower();
        boolean bare = number == null && !c.definite;
        c.nounKind = nounKind;
        c.singular = !noun.plural();
        if (number != null && number.article() && noun.plural()) {
            return null;
        }
        if (noun.group() == VictimGroup.UNKNOWN && !noun.others() && c.to + 1 < tokens.size() && tokens.get(c.to).is("of")) {
            c.to = ofPhrase(tokens, c.to + 1, modifierGroups);
        }
        c.others = noun.others();
        c.group = noun.others() ? VictimGroup.UNKNOWN : VictimLexicon.group(noun.group(), modifierGroups);
        if (c.to < tokens.size() && tokens.get(c.to).isCapitalized() && noun.leader() && !noun.plural()) {
            Chunk named = name(tokens, c.to, placeSpans);
            if (named != null) {
                c.to = named.to;
                c.named = true;
            }
        }
        if (bare && !c.named) {
            return null; // "Haqqani leader" without article or name is part of a larger phrase ("the 17th Haqqani leader")
        }
        if (noun.unit() && c.singular) {
            // "an insurgent mortar team was killed": its members, not counted, are "several"
            c.value = several.value();
            c.operator = several.operator();
            c.vague = true;
            c.singular = false;
            c.cohort = Cohort.GENERIC;
            return c;
        }
        boolean noAntecedent = false;
        boolean additive = tokens.get(i).is("another");
        for (int k = j; k < head; k++) {
            noAntecedent |= noAntecedentWords.contains(tokens.get(k).lower());
            additive |= additiveWords.contains(tokens.get(k).lower());
        }
        if (number != null) {
            c.value = number.value();
            c.operator = number.operator();
            c.vague = number.vague();
            // "a Haqqani member" is someone in particular; "an individual" may be any of those detained
            boolean target = noun.leader() || (number.article() && !additive && affiliated);
            c.cohort = number.both() || all || c.definite ? Cohort.TOTAL : target ? Cohort.TARGET : Cohort.GENERIC;
        } else if (c.singular) {
            c.value = 1;
            c.cohort = noun.leader() || c.named ? Cohort.TARGET : Cohort.FALLBACK;
        } else {
            ReadingContext.Antecedent antecedent = noAntecedent || !c.definite ? null : context.antecedent(c.noun);
            if (antecedent == null) {
                return null;
            }
            c.value = antecedent.value();
            c.vague = antecedent.vague();
            c.cohort = Cohort.TOTAL;
        }
        return c;
    }

    private Chunk headless(Chunk c, NumberPhrase number, int to, boolean all) {
        c.to = to;
        c.value = number.value();
        c.operator = number.operator();
        c.vague = number.vague();
        c.headless = true;
        c.group = VictimGroup.UNKNOWN;
        c.singular = number.value() == 1;
        c.cohort = number.both() || all ? Cohort.TOTAL : Cohort.GENERIC;
        return c;
    }

    private boolean isYear(Token t) {
        return t.type() == Token.Type.NUMBER && t.text().length() == 4 && t.text().compareTo("1900") >= 0 && t.text().compareTo("2100") < 0;
    }

    /** After a number without noun: the phrase is elliptical ("four were captured", "killing one and ..."). */
    private boolean endsPhrase(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(j);
        return t.type() == Token.Type.PUNCT || barriers.contains(t.lower()) || casualties.at(tokens, j) != null
                || gap.contains(t.lower());
    }

    /** A person's name ("Qari Ziauddin", "Fayez Jan"): capitalized words that are no place or known word. */
    private Chunk name(List<Token> tokens, int i, List<int[]> placeSpans) {
        int j = i;
        while (j < tokens.size() && j < i + 4 && tokens.get(j).isCapitalized() && !nameStopwords.contains(tokens.get(j).lower())
                && victims.noun(tokens, j) == null && victims.modifier(tokens, j) == null && casualties.at(tokens, j) == null
                && !inPlace(tokens.get(j), placeSpans)) {
            j++;
        }
        if (j == i || (j < tokens.size() && placeWords.contains(tokens.get(j).lower()))) {
            return null;
        }
        Chunk c = new Chunk(i);
        c.to = j;
        c.value = 1;
        c.group = VictimGroup.UNKNOWN;
        c.cohort = Cohort.TARGET;
        c.named = true;
        c.singular = true;
        return c;
    }

    private boolean inPlace(Token t, List<int[]> placeSpans) {
        for (int[] span : placeSpans) {
            if (t.begin() < span[1] && t.end() > span[0]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The groups named in "of the security forces", "of the Afghan National Army", added to {@code groups};
     * returns the end of the phrase when it names one, else {@code from - 1} (the "of" is not taken).
     */
    private int ofPhrase(List<Token> tokens, int from, List<VictimGroup> groups) {
        List<VictimGroup> found = new ArrayList<>();
        boolean named = false;
        int k = from;
        while (k < tokens.size() && k < from + 5) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.PUNCT || (barriers.contains(t.lower()) && !t.is("the"))
                    || casualties.at(tokens, k) != null) {
                break;
            }
            PhraseTable.Match<VictimNoun> noun = victims.noun(tokens, k);
            PhraseTable.Match<VictimGroup> modifier = victims.modifier(tokens, k);
            if (noun != null && (noun.value().group() != VictimGroup.UNKNOWN || noun.value().others())) {
                if (!noun.value().others()) {
                    found.add(noun.value().group());
                }
                named = true;
                k += noun.length();
            } else if (modifier != null) {
                found.add(modifier.value());
                named = true;
                k += modifier.length();
            } else {
                k++;
            }
        }
        groups.addAll(found);
        return named ? k : from - 1;
    }}
