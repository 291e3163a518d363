package org.casualtytrends.extract.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.casualtytrends.extract.dates.DateMention;
import org.casualtytrends.extract.dates.DateReader;
import org.casualtytrends.extract.dates.DateWindow;
import org.casualtytrends.extract.figures.ClauseMarkers;
import org.casualtytrends.extract.figures.FigureReader;
import org.casualtytrends.extract.figures.ReadingContext;
import org.casualtytrends.extract.figures.SentenceFigures;
import org.casualtytrends.extract.places.Dateline;
import org.casualtytrends.extract.places.DocumentPlaces;
import org.casualtytrends.extract.places.IncidentPlaces;
import org.casualtytrends.extract.places.Located;
import org.casualtytrends.extract.places.PlaceResolver;
import org.casualtytrends.extract.sources.SentenceSources;
import org.casualtytrends.extract.sources.SourceContext;
import org.casualtytrends.extract.sources.SourceReader;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.DatePrecision;
import org.casualtytrends.model.EventType;
import org.casualtytrends.model.Sentence;
import org.casualtytrends.text.PhraseTable;
import org.casualtytrends.text.Token;
import org.casualtytrends.text.Tokens;

/**
 * Reads what each sentence of an article says: figures (in candidate sentences), source, dates,
 * places. Header lines (title-like lines, lines before a dateline) give places but no figures nor
 * dates: they repeat or precede the body; the headline (a title-like first line) also gives figures
 * (news-dev CODING-NOTES.md R3f), those of the article's first incident. A date next to a speech verb ("said on
 * Wednesday", "confirmed today"), or opening a sentence that reports a statement ("Today, forces
 * confirmed ..."), dates the statement; a date after a marker of another event ("came a day after the
 * Taliban claimed on Monday") or of a person's record dates that, unless it closes the sentence; neither
 * dates the sentence's events.
 * A named day or date goes before a deictic one ("an overnight operation ... Monday"). Dates resolve
 * against the day the text was written: its dateline's ("KABUL, Afghanistan (Nov. 1, 2011)"), else the
 * publication date. A press release without a dateline is dated by its events' day (the ISAF dataset's
 * date then falls back to the event date), so its deictic words ("yesterday", "last night"), which point
 * from an issue day it does not give, date its events on that day. Places after a person's record or
 * role ("who was in charge of operations in Paktiya") are not the event's. Figures in a sentence dated
 * by a year alone and naming no event ("3,400 civilians were killed in 2019") are a statistic; so are
 * those of a sentence that sums operations in several provinces. Immutable and thread-safe.
 */
public final class FactReader {
    /** A line without final punctuation and of few words is a headline or a header. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’')]\\s*$");
    private static final int TITLE_MAX_WORDS = 16;
    /** A date or place among a sentence's first tokens sets a new scene ("In June, ..."). */
    private static final int SCENE_TOKENS = 4;
    /** The words before a country that say where in it: "in eastern", "across northern". */
    private static final Pattern REGION_OF = Pattern.compile("\\b(?:in|across|throughout)\\s+(?:north|south|east|west)\\w*\\s+$",
            Pattern.CASE_INSENSITIVE);

    private final FigureReader figureReader;
    private final SourceReader sourceReader;
    private final DateReader dateReader;
    private final PlaceResolver placeResolver;
    private final ClauseMarkers markers;
    private final EventTypes eventTypes;
    private final PhraseTable<Boolean> speechVerbs;

    FactReader(FigureReader figureReader, SourceReader sourceReader, PhraseTable<Boolean> speechVerbs, DateReader dateReader,
               PlaceResolver placeResolver, ClauseMarkers markers, EventTypes eventTypes) {
        this.figureReader = figureReader;
        this.sourceReader = sourceReader;
        this.dateReader = dateReader;
        this.placeResolver = placeResolver;
        this.markers = markers;
        this.eventTypes = eventTypes;
        this.speechVerbs = speechVerbs;
    }

    /** The facts of each sentence, and the article's places. */
    record ArticleFacts(List<SentenceFacts> sentences, DocumentPlaces places) {
    }

    ArticleFacts read(AnnotatedDocument doc) {
        DocumentPlaces places = placeResolver.resolve(doc);
        int bodyStart = places.datelines().isEmpty() ? 0 : places.datelines().get(0).begin();
        boolean eventDated = places.datelines().isEmpty() && markers.has(ClauseMarkers.Category.RELEASE, doc.text());
        LocalDate issued = issueDate(doc, places);
        ReadingContext reading = new ReadingContext();
        SourceContext sourcing = new SourceContext();
        List<SentenceFacts> facts = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            Sentence sentence = doc.sentences().get(i);
            String text = sentence.text();
            boolean headline = i == 0 && titleLike(doc.sentences(), i);
            boolean header = headline || titleLike(doc.sentences(), i) || sentence.end() <= bodyStart;
            List<Token> tokens = Tokens.of(text);
            ClauseMarkers.Found marked = markers.find(text);
            SentenceFigures figures = figureReader.read(tokens, marked, placeSpans(places.bySentence().get(i), sentence), reading);
            if ((header && !headline) || !doc.isCandidate(i)) {
                figures = new SentenceFigures(List.of(), figures.victimSpans());
            }
            SentenceSources sources = sourceReader.read(text, tokens, sourcing);
            List<DateWindow> dates = new ArrayList<>();
            List<DateWindow> deictic = new ArrayList<>();
            DateWindow dateline = null;
            int firstDate = -1;
            List<int[]> record = marked.recordSpans();
            int otherEvent = marked.start(ClauseMarkers.Category.OTHER_EVENT);
            List<DateWindow> otherDates = new ArrayList<>();
            for (DateMention mention : dateReader.read(text, issued)) {
                if (places.inDateline(sentence.begin() + mention.begin(), sentence.begin() + mention.end())) {
                    dateline = dateline == null ? mention.window() : dateline;
                } else if (!header && otherEvent >= 0 && mention.begin() >= otherEvent) {
                    if (!statement(tokens, mention)) {
                        otherDates.add(mention.window());
                    }
                } else if (!header && (!ClauseMarkers.inSpans(record, mention.begin()) || endsSentence(text, mention))
                        && datesEvent(marked, tokens, mention)) {
                    if (markers.has(ClauseMarkers.Category.DEICTIC, mention.expression())) {
                        deictic.add(eventDated ? DateWindow.day(issued) : mention.window());
                    } else {
                        dates.add(mention.window());
                    }
                    firstDate = firstDate < 0 ? mention.begin() : firstDate;
                }
            }
            dates.addAll(deictic);
            TextPart part = new TextPart(text, figures);
            if (!figures.figures().isEmpty() && (statistic(dates, part) || tally(marked, dates, places.bySentence().get(i), sentence, figures))) {
                figures = new SentenceFigures(List.of(), figures.victimSpans());
            }
            List<Located> eventPlaces = new ArrayList<>();
            boolean opensScene = false;
            int sceneEnd = tokens.size() > SCENE_TOKENS ? tokens.get(SCENE_TOKENS).begin() : text.length();
            for (Located place : places.bySentence().get(i)) {
                int at = place.begin() - sentence.begin();
                if (!ClauseMarkers.inSpans(record, at)) {
                    eventPlaces.add(place);
                    // a place or country opens a scene ("In Kandahar, ..."), a demonym does not ("Iraqi forces ...")
                    opensScene |= at < sceneEnd && (place.isLocal() || place.how() == Located.How.COUNTRY);
                }
            }
            opensScene |= firstDate >= 0 && firstDate < sceneEnd;
            boolean paragraph = i == 0 || text(doc, doc.sentences().get(i - 1).end(), sentence.begin()).indexOf('\n') >= 0;
            if (IncidentPlaces.provinces(eventPlaces).size() > 1 && marked.has(ClauseMarkers.Category.SPREAD)) {
                figures = new SentenceFigures(List.of(), figures.victimSpans());
            }
            SentenceFacts other = null;
            int clause = otherEvent;
            if (otherEvent >= 0 && !header && figures.figures().stream().anyMatch(figure -> figure.begin() >= clause)) {
                // "... came a day after a bomb in Istanbul killed 11": the clause's figures, places and dates are another event's
                if (otherDates.isEmpty()) {
                    DateWindow earlier = dateReader.earlierBy(text.substring(otherEvent),
                            dates.isEmpty() ? issued : dates.get(0).best());
                    if (earlier != null) {
                        otherDates.add(earlier);
                    }
                }
                List<Located> otherPlaces = eventPlaces.stream().filter(place -> place.begin() - sentence.begin() >= clause).toList();
                SentenceFigures otherFigures = new SentenceFigures(
                        figures.figures().stream().filter(figure -> figure.begin() >= clause).toList(), figures.victimSpans());
                other = new SentenceFacts(i, sentence, otherEvent, text.length(), otherFigures, sources, otherDates, null, otherPlaces,
                        false, false, false, false, false,
                        eventTypes.accident(List.of(new TextPart(SentenceFacts.only(text, otherEvent, text.length()), otherFigures))), false, null);
                figures = new SentenceFigures(figures.figures().stream().filter(figure -> figure.begin() < clause).toList(), figures.victimSpans());
                eventPlaces.removeAll(otherPlaces);
            }
            int told = other == null ? text.length() : otherEvent;
            facts.add(new SentenceFacts(i, sentence, 0, told, figures, sources, dates, dateline, eventPlaces, header, headline, opensScene, paragraph,
                    marked.has(ClauseMarkers.Category.SEPARATE),
                    eventTypes.accident(List.of(new TextPart(SentenceFacts.only(text, 0, told), figures))),
                    marked.has(ClauseMarkers.Category.SAME_PLACE), other));
        }
        return new ArticleFacts(facts, places);
    }

    /**
     * The day the article was written: its dateline's date ("KABUL, Afghanistan (Nov. 1, 2011)") when it
     * gives a day, else the publication date; "yesterday" points from the day the text was written.
     */
    private LocalDate issueDate(AnnotatedDocument doc, DocumentPlaces places) {
        for (Dateline dateline : places.datelines()) {
            for (DateMention mention : dateReader.read(doc.text().substring(dateline.begin(), dateline.end()), doc.published())) {
                if (mention.window().precision() == DatePrecision.DAY) {
                    return mention.window().start();
                }
            }
        }
        return doc.published();
    }

    private static String text(AnnotatedDocument doc, int from, int to) {
        return from < to ? doc.text().substring(from, to) : "";
    }

    /**
     * A headline: a short line without final punctuation, neither continuing a line nor continued by the
     * next (the lines of hard-wrapped text start or end lower case).
     */
    private static boolean titleLike(List<Sentence> sentences, int i) {
        String text = sentences.get(i).text().strip();
        boolean wrapped = startsLowerCase(text) || (i + 1 < sentences.size() && startsLowerCase(sentences.get(i + 1).text().strip()));
        return !wrapped && words(text) <= TITLE_MAX_WORDS && !SENTENCE_END.matcher(text).find();
    }

    /** The number of pieces {@code text.split("\\s+")} gives for a stripped text. */
    private static int words(String text) {
        int words = 1;
        for (int i = 1; i < text.length(); i++) {
            if (isSpace(text.charAt(i)) && !isSpace(text.charAt(i - 1))) {
                words++;
            }
        }
        return words;
    }

    /** A white-space character of the regex {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }

    /** Where the sentence names places (resolved ones: a word the gazetteer knows but the text does not use as a place is none). */
    private static List<int[]> placeSpans(List<Located> places, Sentence sentence) {
        List<int[]> spans = new ArrayList<>(places.size());
        for (Located place : places) {
            spans.add(new int[] {place.begin() - sentence.begin(), place.end() - sentence.begin()});
        }
        return spans;
    }

    /** Whether a date of the sentence dates its events (not a statement, another event, a person's record). */
    private boolean datesEvent(ClauseMarkers.Found marked, List<Token> tokens, DateMention mention) {
        int otherEvent = marked.start(ClauseMarkers.Category.OTHER_EVENT);
        return !(otherEvent >= 0 && mention.begin() >= otherEvent) && !statement(tokens, mention);
    }

    /**
     * Whether a date dates a statement: next to a speech verb ("said on Wednesday", "confirmed today"), or
     * opening a sentence that reports one ("Today, Afghan and coalition forces confirmed ...").
     */
    private boolean statement(List<Token> tokens, DateMention mention) {
        int before = -1;
        int after = tokens.size();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() <= mention.begin()) {
                before = k;
            } else if (tokens.get(k).begin() >= mention.end() && after == tokens.size()) {
                after = k;
            }
        }
        if (before >= 0 && tokens.get(before).is("on")) {
            before--;
        }
        if (before >= 0 && speechVerbs.at(tokens, before) != null || speechVerbs.at(tokens, after) != null) {
            return true;
        }
        boolean opening = before < 0 && after < tokens.size() && tokens.get(after).is(",");
        return opening && java.util.stream.IntStream.range(0, tokens.size()).anyMatch(k -> speechVerbs.at(tokens, k) != null);
    }

    /** "... a facilitator involved in attacks throughout Khost province Saturday.": the closing date is the main clause's. */
    private static boolean endsSentence(String text, DateMention mention) {
        return text.substring(mention.end()).chars().noneMatch(Character::isLetterOrDigit);
    }

    /** A sentence dated by a year alone that names no event gives a running total. */
    /**
     * A nation's dead counted in the present perfect, which no date, named place, country where ("in eastern
     * Lebanon") or reference to an event of the story ties to one event: a war's running toll ("Rebels have
     * killed 40 Ruritanians"). Other victims so counted stay figures ("three insurgents have been killed").
     */
    private static boolean tally(ClauseMarkers.Found marked, List<DateWindow> dates, List<Located> places, Sentence sentence,
                                 SentenceFigures figures) {
        return marked.has(ClauseMarkers.Category.TALLY) && !marked.has(ClauseMarkers.Category.ANCHOR) && dates.isEmpty()
                && places.stream().anyMatch(p -> p.how() == Located.How.DEMONYM
                        && figures.inVictimPhrase(p.begin() - sentence.begin(), p.end() - sentence.begin()))
                && places.stream().noneMatch(p -> p.isLocal() || p.how() == Located.How.COUNTRY && (p.locative()
                        || REGION_OF.matcher(sentence.text().substring(0, Math.max(0, p.begin() - sentence.begin()))).find()));
    }

    private boolean statistic(List<DateWindow> dates, TextPart part) {
        return !dates.isEmpty() && dates.stream().allMatch(d -> d.precision() == DatePrecision.YEAR)
                && eventTypes.type(List.of(part)) == EventType.OTHER && !eventTypes.accident(List.of(part));
    }
}
