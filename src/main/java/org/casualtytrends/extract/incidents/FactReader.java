package org.casualtytrends.extract.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.casualtytrends.extract.dates.DateMention;
import org.casualtytrends.extract.dates.DatePrecision;
import org.casualtytrends.extract.dates.DateReader;
import org.casualtytrends.extract.dates.DateWindow;
import org.casualtytrends.extract.figures.ClauseMarkers;
import org.casualtytrends.extract.figures.FigureReader;
import org.casualtytrends.extract.figures.PhraseTable;
import org.casualtytrends.extract.figures.ReadingContext;
import org.casualtytrends.extract.figures.SentenceFigures;
import org.casualtytrends.extract.figures.Token;
import org.casualtytrends.extract.figures.Tokens;
import org.casualtytrends.extract.places.DocumentPlaces;
import org.casualtytrends.extract.places.Place;
import org.casualtytrends.extract.places.PlaceResolver;
import org.casualtytrends.extract.sources.Attribution;
import org.casualtytrends.extract.sources.SourceContext;
import org.casualtytrends.extract.sources.SourceReader;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.PlaceMention;
import org.casualtytrends.model.Sentence;

/**
 * Reads what each sentence of an article says: figures (in candidate sentences), source, dates,
 * places. Headlines and header lines (title-like lines, lines before a dateline) give places but no
 * figures nor dates: they repeat or precede the body. A date next to a speech verb ("said on
 * Wednesday", "confirmed today"), or opening a sentence that reports a statement ("Today, forces
 * confirmed ..."), dates the statement; a date after a marker of another event ("came a day after the
 * Taliban claimed on Monday") or of a person's record dates that, unless it closes the sentence; neither
 * dates the sentence's events.
 * A named day or date goes before a deictic one ("an overnight operation ... Monday"). Places after a
 * person's record or role ("who was in charge of operations in Paktiya") are not the event's. Figures in a sentence dated by a year alone and naming no event ("3,400
 * civilians were killed in 2019") are a statistic; so are those of a sentence that sums operations in
 * several provinces. Immutable and thread-safe.
 */
public final class FactReader {
    /** A line without final punctuation and of few words is a headline or a header. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’')]\\s*$");
    private static final int TITLE_MAX_WORDS = 16;
    private static final int SCENE_TOKENS = 4;

    private final FigureReader figureReader;
    private final SourceReader sourceReader;
    private final DateReader dateReader;
    private final PlaceResolver placeResolver;
    private final ClauseMarkers markers;
    private final EventTypes eventTypes;
    private final PhraseTable<Boolean> speechVerbs;

    FactReader(FigureReader figureReader, SourceReader sourceReader, DateReader dateReader, PlaceResolver placeResolver,
               ClauseMarkers markers, EventTypes eventTypes) {
        this.figureReader = figureReader;
        this.sourceReader = sourceReader;
        this.dateReader = dateReader;
        this.placeResolver = placeResolver;
        this.markers = markers;
        this.eventTypes = eventTypes;
        this.speechVerbs = SourceReader.speechVerbs();
    }

    /** The facts of each sentence, and whether the article is about Afghanistan. */
    record ArticleFacts(List<SentenceFacts> sentences, boolean afghanistan) {
    }

    ArticleFacts read(AnnotatedDocument doc) {
        DocumentPlaces places = placeResolver.resolve(doc);
        int bodyStart = places.datelines().isEmpty() ? 0 : places.datelines().get(0)[0];
        ReadingContext reading = new ReadingContext();
        SourceContext sourcing = new SourceContext();
        List<SentenceFacts> facts = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            Sentence sentence = doc.sentences().get(i);
            String text = sentence.text();
            boolean header = titleLike(text) || sentence.end() <= bodyStart;
            SentenceFigures figures = figureReader.read(text, placeSpans(doc, sentence), reading);
            if (header || !doc.isCandidate(i)) {
                figures = new SentenceFigures(List.of(), figures.victimSpans());
            }
            Attribution source = sourceReader.read(text, sourcing);
            List<DateWindow> dates = new ArrayList<>();
            List<DateWindow> deictic = new ArrayList<>();
            DateWindow dateline = null;
            int firstDate = -1;
            List<int[]> record = markers.recordSpans(text);
            for (DateMention mention : dateReader.read(text, doc.published())) {
                if (places.inDateline(sentence.begin() + mention.begin(), sentence.begin() + mention.end())) {
                    dateline = dateline == null ? mention.window() : dateline;
                } else if (!header && (!ClauseMarkers.inSpans(record, mention.begin()) || endsSentence(text, mention))
                        && datesEvent(text, mention)) {
                    (markers.has(ClauseMarkers.Category.DEICTIC, mention.expression()) ? deictic : dates).add(mention.window());
                    firstDate = firstDate < 0 ? mention.begin() : firstDate;
                }
            }
            dates.addAll(deictic);
            TextPart part = new TextPart(text, figures);
            if (!figures.figures().isEmpty() && statistic(dates, part)) {
                figures = new SentenceFigures(List.of(), figures.victimSpans());
            }
            List<Place> eventPlaces = new ArrayList<>();
            boolean opensScene = false;
            int sceneEnd = sceneEnd(text);
            for (DocumentPlaces.Located place : places.bySentence().get(i)) {
                int at = place.begin() - sentence.begin();
                if (!ClauseMarkers.inSpans(record, at)) {
                    eventPlaces.add(place.place());
                    opensScene |= at < sceneEnd;
                }
            }
            opensScene |= firstDate >= 0 && firstDate < sceneEnd;
            if (eventPlaces.stream().map(Place::provinceCode).distinct().count() > 1
                    && markers.has(ClauseMarkers.Category.SPREAD, text)) {
                figures = new SentenceFigures(List.of(), figures.victimSpans());
            }
            facts.add(new SentenceFacts(i, sentence, figures, source, dates, dateline, eventPlaces, header, opensScene,
                    markers.has(ClauseMarkers.Category.SEPARATE, text), eventTypes.accident(List.of(part))));
        }
        return new ArticleFacts(facts, places.afghanistan());
    }

    /** Where the opening words of a sentence end: a date or place there sets a new scene ("In June, ..."). */
    private static int sceneEnd(String text) {
        List<Token> tokens = Tokens.of(text);
        return tokens.size() > SCENE_TOKENS ? tokens.get(SCENE_TOKENS).begin() : text.length();
    }

    private static boolean titleLike(String text) {
        return !SENTENCE_END.matcher(text).find() && text.strip().split("\\s+").length <= TITLE_MAX_WORDS;
    }

    private static List<int[]> placeSpans(AnnotatedDocument doc, Sentence sentence) {
        List<int[]> spans = new ArrayList<>();
        for (PlaceMention mention : doc.places()) {
            if (mention.begin() >= sentence.begin() && mention.end() <= sentence.end()) {
                spans.add(new int[] {mention.begin() - sentence.begin(), mention.end() - sentence.begin()});
            }
        }
        return spans;
    }

    /** Whether a date of the sentence dates its events (not a statement, another event, a person's record). */
    private boolean datesEvent(String text, DateMention mention) {
        int otherEvent = markers.start(ClauseMarkers.Category.OTHER_EVENT, text);
        if (otherEvent >= 0 && mention.begin() >= otherEvent) {
            return false;
        }
        List<Token> tokens = Tokens.of(text);
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
            return false;
        }
        // "Today, Afghan and coalition forces confirmed ...": the opening date is the statement's
        boolean opening = before < 0 && after < tokens.size() && tokens.get(after).is(",");
        return !(opening && java.util.stream.IntStream.range(0, tokens.size()).anyMatch(k -> speechVerbs.at(tokens, k) != null));
    }

    /** "... a facilitator involved in attacks throughout Khost province Saturday.": the closing date is the main clause's. */
    private static boolean endsSentence(String text, DateMention mention) {
        return text.substring(mention.end()).chars().noneMatch(Character::isLetterOrDigit);
    }

    /** A sentence dated by a year alone that names no event gives a running total. */
    private boolean statistic(List<DateWindow> dates, TextPart part) {
        return !dates.isEmpty() && dates.stream().allMatch(d -> d.precision() == DatePrecision.YEAR)
                && eventTypes.type(List.of(part)).equals(EventTypes.OTHER) && !eventTypes.accident(List.of(part));
    }
}
