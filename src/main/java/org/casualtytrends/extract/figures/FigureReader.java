package org.casualtytrends.extract.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.extract.figures.FigureWords.WordClass;
import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.text.PhraseTable;
import org.casualtytrends.text.Token;
import org.casualtytrends.text.Tokens;

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
 * joined by "or" ("captured or killed"); gerunds after "for" or "of" ("arrested for killing"); casualty nouns after a
 * preposition of time ("after the death of").
 * The victim phrases are found by {@link VictimPhrases}, linked by {@link PhraseChains} and taken by each
 * casualty word as {@link CasualtyReadings} says. Immutable and thread-safe; the lexicons are loaded once.
 */
public final class FigureReader {
    private final CasualtyLexicon casualties;
    private final ClauseMarkers markers;
    private final VictimPhrases phrases;
    private final PhraseChains chains;
    private final CasualtyReadings readings;
    private final Set<String> gerundPrepositions;
    private final Set<String> timePrepositions;
    private final Set<String> determiners;
    private final RunTogetherWords runTogether;

    FigureReader(NumberReader numbers, VictimLexicon victims, CasualtyLexicon casualties, ClauseMarkers markers,
                 Set<String> nameStopwords, Set<String> months, FigureWords words, RunTogetherWords runTogether) {
        this.casualties = casualties;
        this.markers = markers;
        this.phrases = new VictimPhrases(numbers, victims, casualties, nameStopwords, months, words);
        this.chains = new PhraseChains(words);
        this.readings = new CasualtyReadings(chains, casualties, words);
        this.gerundPrepositions = words.words(WordClass.GERUND_PREPOSITION);
        this.timePrepositions = words.words(WordClass.TIME_PREPOSITION);
        this.determiners = words.words(WordClass.DETERMINER);
        this.runTogether = runTogether;
    }

    public static FigureReader load(RuleBundle rules, ClauseMarkers markers) {
        Set<String> stopwords = new HashSet<>();
        rules.table(RuleFile.NAME_STOPWORDS).rows().forEach(row -> stopwords.add(row.get("word").toLowerCase(Locale.ROOT)));
        Set<String> months = new HashSet<>();
        rules.table(RuleFile.MONTHS).rows().forEach(row -> months.add(row.get("name")));
        return new FigureReader(NumberReader.load(rules), VictimLexicon.load(rules), CasualtyLexicon.load(rules), markers, stopwords,
                months, FigureWords.of(rules.table(RuleFile.FIGURE_WORDS)), RunTogetherWords.load(rules));
    }

    public CasualtyLexicon casualties() {
        return casualties;
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
    public SentenceFigures read(List<Token> sentenceTokens, ClauseMarkers.Found marked, List<int[]> placeSpans, ReadingContext context) {
        context.nextSentence();
        List<Token> tokens = runTogether.split(sentenceTokens);
        List<VictimPhrase> chunks = phrases.read(tokens, placeSpans, context);
        List<int[]> victimSpans = new ArrayList<>();
        if (marked.has(ClauseMarkers.Category.STATISTIC) || marked.has(ClauseMarkers.Category.AGGREGATE)
                || marked.has(ClauseMarkers.Category.PAST)) {
            return new SentenceFigures(List.of(), victimSpans);
        }
        List<int[]> record = marked.recordSpans();
        List<Figure> figures = new ArrayList<>();
        CasualtyReadings.Reading previous = null;
        int previousCueEnd = -1;
        CasualtyKind previousKind = null;
        int previousFigures = 0;
        int clause = 0;
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTable.Match<CasualtyWord> cue = casualties.at(tokens, i);
            if (cue == null) {
                continue;
            }
            int cueEnd = i + cue.length();
            CasualtyWord word = cue.value();
            boolean shared = previous != null && previous.passive() && previousCueEnd + 1 == i - 1 && tokens.get(i - 1).is("and");
            if (shared && mixed(previousKind, word.kind())) {
                // "100 were killed and wounded": a mixed count of dead and wounded is neither (news-dev R3g)
                figures.subList(previousFigures, figures.size()).clear();
                previous = null;
                continue;
            }
            CasualtyReadings.Reading reading = shared
                    ? previous // "were killed and captured": both casualty words share the victims
                    : readings.reading(tokens, chunks, i, cueEnd, word);
            boolean afterRecord = ClauseMarkers.inSpans(record, tokens.get(i).begin());
            boolean disjunct = readings.joined(tokens, i, "or") || (cueEnd < tokens.size() && tokens.get(cueEnd).is("or")
                    && casualties.at(tokens, cueEnd + 1) != null);
            // "arrested for killing two policemen", "an operation to capture a facilitator": not this incident's
            boolean gerundAfterPreposition = word.form() == CasualtyWord.Form.PARTICIPLE && i > 0
                    && gerundPrepositions.contains(tokens.get(i - 1).lower());
            boolean infinitive = i > 0 && tokens.get(i - 1).is("to");
            boolean earlierEvent = !reading.active() && !reading.passive() && timeReference(tokens, i);
            // "killed and wounded 20 people": which of them is unknown, so neither counts
            boolean sharedObject = reading.active() && (previous == null || previous.chain() == null) && readings.joined(tokens, i, "and");
            previous = reading;
            previousCueEnd = cueEnd - 1;
            previousKind = word.kind();
            previousFigures = figures.size();
            List<VictimPhrase> chain = reading.chain();
            if (chain == null || afterRecord || disjunct || gerundAfterPreposition || infinitive || earlierEvent || sharedObject) {
                continue;
            }
            clause++;
            victimSpans.add(new int[] {tokens.get(chain.get(0).from).begin(), tokens.get(chains.extentEnd(tokens, chunks, chain) - 1).end()});
            if (readings.includesLater(tokens, chunks, chain)) {
                chain.stream().filter(c -> c.cohort == Cohort.GENERIC).forEach(c -> c.cohort = Cohort.TOTAL);
            }
            for (VictimPhrase c : chain) {
                c.victims = true;
                if (c.partitive && reading.breakdownAllowed()) {
                    continue;
                }
                int begin = Math.min(tokens.get(c.from).begin(), tokens.get(i).begin());
                int end = Math.max(tokens.get(c.to - 1).end(), tokens.get(cueEnd - 1).end());
                // "the detained facilitator" is captured; "detained two wounded insurgents" captures them all the same
                CasualtyKind kind = c.nounKind != null && c.kindAt == i ? c.nounKind : word.kind();
                figures.add(new Figure(kind, c.value, c.operator, c.vague, c.group, c.cohort, clause, begin, end));
            }
        }
        phrases.rememberCounts(chunks, context);
        return new SentenceFigures(figures, victimSpans);
    }

    /**
     * "talks stalled after the death of a soldier", "since his arrest": a casualty noun after a preposition
     * of time names an earlier event to date another by; the event it names is told elsewhere or not at all.
     */
    private boolean timeReference(List<Token> tokens, int i) {
        int k = i > 0 && determiners.contains(tokens.get(i - 1).lower()) ? i - 1 : i;
        return k > 0 && timePrepositions.contains(tokens.get(k - 1).lower());
    }

    /** The dead and the wounded in one count. */
    private static boolean mixed(CasualtyKind a, CasualtyKind b) {
        return a != b && Set.of(CasualtyKind.KILLED, CasualtyKind.INJURED).containsAll(List.of(a, b));
    }
}
