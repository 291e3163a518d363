package org.casualtytrends.extract.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.casualtytrends.extract.dates.DateWindow;
import org.casualtytrends.extract.figures.Figure;
import org.casualtytrends.extract.figures.SentenceFigures;
import org.casualtytrends.extract.sources.Attribution;
import org.casualtytrends.extract.places.IncidentPlaces;
import org.casualtytrends.extract.places.Located;
import org.casualtytrends.geo.Place;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.model.DatePrecision;
import org.casualtytrends.model.EventType;
import org.casualtytrends.model.Evidence;
import org.casualtytrends.model.Incident;
import org.casualtytrends.model.LocationPrecision;
import org.casualtytrends.model.SourceType;
import org.casualtytrends.model.VictimGroup;

/**
 * Groups an article's sentences into incidents (CODEBOOK.md sections 1, 5, 6) and codes each.
 *
 * <p>A sentence with figures joins the incident being told unless it opens a separate one ("In a
 * separate attack"), dates itself outside the incident's date ("Earlier in the month" after "on
 * Tuesday"), names a province the incident is not in, or tells an accident within an attack's story
 * (or names a hostile act within an accident's: "the toll rose to 77" names none and stays with the
 * earthquake); a clause about another event with its own figures ("came a day after a bomb killed 11")
 * is an incident of its own; an incident mentioned in passing (not opening a paragraph, a separate incident or
 * with its own date or place) leaves the story where it was. A sentence without figures that fits the incident gives it
 * places and dates; one that opens with another date or place ("In June, ...") ends the incident.
 * Incidents told again later (same province, same dates) are merged. An incident takes the date of its
 * own sentences, else of the nearest earlier sentences that belong to no incident, else (the first
 * incident) the dateline's date, else the publication date (window P-2 .. P); its country and place are
 * chosen by {@link IncidentPlaces} from the same sentences. The first incident is primary, and so is any other dated to
 * a day within the week before publication; background references are not. An article without
 * figures yields one incident for its first sentence naming an event (its casualties unknown).
 */
final class IncidentAssembler {
    private static final int PRIMARY_DAYS = 7;
    /** The event types in which one side attacks the other, whose dead then count apart (R1). */
    private static final Set<EventType> ATTACKS = EnumSet.of(EventType.ARMED_ATTACK, EventType.BOMBING, EventType.ASSASSINATION);

    private final EventTypes eventTypes;
    private final Perpetrators perpetrators;

    IncidentAssembler(EventTypes eventTypes, Perpetrators perpetrators) {
        this.eventTypes = eventTypes;
        this.perpetrators = perpetrators;
    }

    /** Sentences told about one incident: those with its figures, and those that only give context. */
    private static final class Frame {
        final List<SentenceFacts> figureSentences = new ArrayList<>();
        final List<SentenceFacts> context = new ArrayList<>();
        final boolean separate;
        final boolean accident;
        DateWindow window;
        final Set<String> provinces = new LinkedHashSet<>();

        Frame(SentenceFacts first) {
            separate = first.separate();
            accident = first.accident();
            add(first);
        }

        void add(SentenceFacts facts) {
            (facts.hasFigures() ? figureSentences : context).add(facts);
            if (window == null && !facts.dates().isEmpty()) {
                window = facts.dates().get(0);
            }
            provinces.addAll(IncidentPlaces.provinces(facts.places()));
        }

        /** Puts the headline before the incident's sentences: it tells the incident first. */
        void lead(SentenceFacts headline) {
            figureSentences.add(0, headline);
            provinces.addAll(IncidentPlaces.provinces(headline.places()));
        }

        /** The index of its first sentence in the body (the headline stands apart). */
        int first() {
            List<SentenceFacts> all = sentences();
            return all.stream().filter(f -> !f.headline()).findFirst().orElse(all.get(0)).index();
        }

        /** Its sentences in text order, those with figures first. */
        List<SentenceFacts> sentences() {
            List<SentenceFacts> all = new ArrayList<>(figureSentences);
            all.addAll(context);
            return all;
        }
    }

    List<Incident> assemble(AnnotatedDocument doc, FactReader.ArticleFacts article) {
        List<SentenceFacts> facts = article.sentences();
        List<Frame> frames = segment(facts, doc.published());
        merge(frames);
        // the headline's figures are the first incident's, the one the story tells first
        facts.stream().filter(f -> f.headline() && f.hasFigures()).findFirst().map(f -> withoutTotals(f, frames)).ifPresent(headline -> {
            if (!headline.hasFigures()) {
                return;
            }
            if (frames.isEmpty()) {
                frames.add(new Frame(headline));
            } else {
                frames.get(0).lead(headline);
            }
        });
        if (frames.isEmpty()) {
            facts.stream().filter(f -> !f.header() && eventTypes.type(List.of(f.part())) != EventType.OTHER)
                    .findFirst().ifPresent(f -> frames.add(new Frame(f)));
        }
        Set<Integer> attached = new HashSet<>();
        frames.forEach(frame -> frame.sentences().forEach(s -> attached.add(s.index())));
        List<Incident> incidents = new ArrayList<>();
        Place[] placed = new Place[1];
        for (int k = 0; k < frames.size(); k++) {
            incidents.add(incident(doc, article, frames.get(k), k, attached, placed));
        }
        return incidents;
    }

    // ------------------------------------------------------------------ grouping

    private List<Frame> segment(List<SentenceFacts> facts, LocalDate published) {
        List<Frame> frames = new ArrayList<>();
        Frame current = null;
        for (SentenceFacts f : facts) {
            if (f.headline()) {
                continue;
            }
            current = place(frames, current, f, published);
            if (f.otherEvent() != null) {
                // another event told in a clause ("came a day after a bomb in Istanbul killed 11") is its own, in passing
                frames.add(new Frame(f.otherEvent()));
            }
        }
        return frames;
    }

    /** Adds a sentence to the incident being told or opens a new one; the incident being told after it. */
    private Frame place(List<Frame> frames, Frame current, SentenceFacts f, LocalDate published) {
        if (!f.hasFigures()) {
            if (current != null && !f.header()) {
                if (fits(current, f, published)) {
                    current.add(f);
                } else if (f.opensScene()) {
                    return null; // the story moves to another time or place ("In June, insurgents ...")
                }
            }
            return current;
        }
        if (current == null || !fits(current, f, published)) {
            Frame frame = new Frame(f);
            frames.add(frame);
            // an event mentioned in passing ("... with a commander detained July 3") is no new scene
            return current == null || f.opensScene() || f.paragraph() || f.separate() ? frame : current;
        }
        current.add(f);
        return current;
    }

    private boolean fits(Frame frame, SentenceFacts f, LocalDate published) {
        // a sentence naming no act ("the toll rose to 77") goes on with an accident's story as with an attack's
        if (f.separate() || f.accident() != frame.accident && (f.accident() || eventTypes.namesHostileAct(List.of(f.part())))) {
            return false;
        }
        // an incident not dated yet is recent news: within the week before publication
        DateWindow window = frame.window != null ? frame.window
                : new DateWindow(published.minusDays(PRIMARY_DAYS), published, DatePrecision.WEEK);
        if (!f.dates().isEmpty() && !sameDates(f.dates().get(0), window)) {
            return false;
        }
        Set<String> provinces = IncidentPlaces.provinces(f.places());
        return provinces.isEmpty() || frame.provinces.isEmpty() || !Collections.disjoint(provinces, frame.provinces);
    }

    /** A date within the incident's, or one as precise that overlaps it ("late on Tuesday" after "overnight"). */
    private static boolean sameDates(DateWindow date, DateWindow incident) {
        boolean within = !date.start().isBefore(incident.start()) && !date.end().isAfter(incident.end());
        return within || (date.precision() == incident.precision() && date.overlaps(incident));
    }

    /**
     * The headline without its totals over several incidents (CODING-NOTES R7b, R7d): a figure that no
     * figure of the first incident gives but that the figures of two incidents or more, one each, add up
     * to ("Eight soldiers killed" over six killed in a clash and two in a crash told apart) is their sum,
     * not the first incident's toll.
     */
    private static SentenceFacts withoutTotals(SentenceFacts headline, List<Frame> frames) {
        if (frames.size() < 2) {
            return headline;
        }
        List<Figure> kept = headline.figures().figures().stream().filter(figure -> !sumOfIncidents(figure, frames)).toList();
        if (kept.size() == headline.figures().figures().size()) {
            return headline;
        }
        return new SentenceFacts(headline.index(), headline.sentence(), headline.toldBegin(), headline.toldEnd(),
                new SentenceFigures(kept, headline.figures().victimSpans()), headline.sources(), headline.dates(), headline.dateline(),
                headline.places(), headline.header(), headline.headline(), headline.opensScene(), headline.paragraph(),
                headline.separate(), headline.accident(), headline.samePlace(), headline.otherEvent());
    }

    private static boolean sumOfIncidents(Figure figure, List<Frame> frames) {
        List<Set<Integer>> values = frames.stream().map(frame -> frame.figureSentences.stream()
                .flatMap(f -> f.figures().figures().stream()).filter(g -> g.kind() == figure.kind())
                .map(Figure::value).collect(java.util.stream.Collectors.toSet())).toList();
        if (values.get(0).contains(figure.value())) {
            return false;
        }
        // the sums one figure each of some incidents make, by how many incidents make them (two means two or more)
        Set<Integer> once = new HashSet<>();
        Set<Integer> twice = new HashSet<>();
        for (Set<Integer> incident : values) {
            Set<Integer> newTwice = new HashSet<>(twice);
            for (int v : incident) {
                once.stream().map(sum -> sum + v).filter(sum -> sum <= figure.value()).forEach(newTwice::add);
                twice.stream().map(sum -> sum + v).filter(sum -> sum <= figure.value()).forEach(newTwice::add);
            }
            once.addAll(incident);
            twice = newTwice;
        }
        return twice.contains(figure.value());
    }

    /** Merges an incident told again later into the first telling: same province, same dates, nothing "separate". */
    private static void merge(List<Frame> frames) {
        for (int j = frames.size() - 1; j > 0; j--) {
            Frame later = frames.get(j);
            for (int k = 0; k < j; k++) {
                Frame earlier = frames.get(k);
                if (!later.separate && later.accident == earlier.accident && !later.provinces.isEmpty()
                        && later.provinces.equals(earlier.provinces) && later.window != null && earlier.window != null
                        && later.window.precision() == earlier.window.precision() && later.window.overlaps(earlier.window)) {
                    later.sentences().forEach(earlier::add);
                    frames.remove(j);
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ coding

    /** @param placed the place of the incident coded before this one (null: none), replaced by this one's */
    private Incident incident(AnnotatedDocument doc, FactReader.ArticleFacts article, Frame frame, int index,
                              Set<Integer> attached, Place[] placed) {
        List<SentenceFacts> facts = article.sentences();
        List<SentenceFacts> lead = leadContext(facts, frame.first(), attached);
        LocalDate published = doc.published();
        DateWindow window = frame.window;
        for (int k = 0; window == null && k < lead.size(); k++) {
            window = lead.get(k).dates().isEmpty() ? null : lead.get(k).dates().get(0);
        }
        if (window == null && index == 0) {
            window = facts.stream().map(SentenceFacts::dateline).filter(Objects::nonNull).findFirst().orElse(null);
        }
        boolean fallback = window == null;
        if (fallback) {
            window = DateWindow.fallback(published);
        }
        LocalDate eventDate = fallback ? published : window.best();

        IncidentPlaces.Choice where = IncidentPlaces.choose(places(frame.sentences()), places(lead), article.places(), index == 0);
        Place place = where.place();
        // "two men were shot dead in the same camp": where the incident told before was
        if (place == null && placed[0] != null && placed[0].country().equals(where.country())
                && frame.sentences().stream().anyMatch(SentenceFacts::samePlace)) {
            place = placed[0];
        }
        placed[0] = place;

        List<Report> reports = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (SentenceFacts f : frame.figureSentences) {
            for (Figure figure : f.figures().figures()) {
                Attribution source = f.sources().at(figure.begin());
                SourceType sourceType = source.typeFor(figure.group());
                reports.add(new Report(figure, f.index(), sourceType, source.text()));
                int offset = f.sentence().begin();
                evidence.add(new Evidence(f.sentence().text(), offset + figure.begin(), offset + figure.end(), figure.kind(),
                        figure.value(), figure.operator(), sourceType, source.text(), figure.group()));
            }
        }
        List<TextPart> parts = frame.sentences().stream().map(SentenceFacts::part).toList();
        EventType eventType = eventTypes.type(parts);
        String perpetrator = frame.accident ? Incident.UNKNOWN_PERPETRATOR : perpetrators.perpetrator(parts);
        // militants killed in a bombing or an attack not by the state's forces are the attackers, whose deaths count apart (R1)
        boolean militantsAttack = ATTACKS.contains(eventType) && !perpetrators.isStateForce(perpetrator);
        Map<VictimGroup, Count> killedByGroup = new EnumMap<>(VictimGroup.class);
        Count killed = CasualtyTally.count(ofKind(reports, CasualtyKind.KILLED), killedByGroup, militantsAttack);
        Count injured = CasualtyTally.count(ofKind(reports, CasualtyKind.INJURED), new EnumMap<>(VictimGroup.class), false);
        Count missing = CasualtyTally.count(ofKind(reports, CasualtyKind.MISSING), new EnumMap<>(VictimGroup.class), false);
        Count captured = CasualtyTally.count(ofKind(reports, CasualtyKind.CAPTURED), new EnumMap<>(VictimGroup.class), false);
        // best_rests_on_claim: the killed best's, else that of every other kind present
        List<Count> others = Stream.of(injured, missing, captured).filter(Objects::nonNull).toList();
        boolean onClaim = killed != null ? killed.onClaim() : !others.isEmpty() && others.stream().allMatch(Count::onClaim);
        boolean disputed = Stream.of(killed, injured, missing, captured).anyMatch(c -> c != null && c.disputed());

        boolean primary = index == 0 || ((window.precision() == DatePrecision.DAY || window.precision() == DatePrecision.DAYS)
                && !window.start().isBefore(published.minusDays(PRIMARY_DAYS)));
        String districtCode = place == null ? null : place.districtCode();
        Incident.Builder incident = Incident.builder()
                .articleId(doc.articleId()).incidentId(doc.articleId() + "/" + (index + 1))
                .eventDate(eventDate).dateStart(window.start()).dateEnd(window.end()).datePrecision(window.precision())
                .country(where.country())
                .province(place == null ? null : place.province()).provinceCode(place == null ? null : place.provinceCode())
                .district(place == null ? null : place.district()).districtCode(districtCode)
                .locationPrecision(place == null ? LocationPrecision.COUNTRY : districtCode != null ? LocationPrecision.DISTRICT : LocationPrecision.PROVINCE)
                .eventType(eventType).perpetrator(perpetrator)
                .killedLow(low(killed)).killedBest(best(killed)).killedHigh(high(killed))
                .injuredLow(low(injured)).injuredBest(best(injured)).injuredHigh(high(injured))
                .missingBest(best(missing)).capturedBest(best(captured))
                .bestRestsOnClaim(onClaim).disputed(disputed).isPrimary(primary).evidence(evidence);
        killedByGroup.forEach((group, count) -> incident.killed(group, best(count)));
        return incident.build();
    }

    private static List<Report> ofKind(List<Report> reports, CasualtyKind kind) {
        return reports.stream().filter(r -> r.kind() == kind).toList();
    }

    private static Integer low(Count c) {
        return c == null ? null : c.low();
    }

    private static Integer best(Count c) {
        return c == null ? null : c.best();
    }

    private static Integer high(Count c) {
        return c == null ? null : c.high();
    }

    /** The sentences before the incident's first that belong to no incident, nearest first. */
    private static List<SentenceFacts> leadContext(List<SentenceFacts> facts, int first, Set<Integer> attached) {
        List<SentenceFacts> lead = new ArrayList<>();
        for (int j = first - 1; j >= 0 && !attached.contains(j); j--) {
            if (!facts.get(j).header()) {
                lead.add(facts.get(j));
            }
        }
        return lead;
    }

    private static List<List<Located>> places(List<SentenceFacts> sentences) {
        return sentences.stream().map(SentenceFacts::places).toList();
    }
}
