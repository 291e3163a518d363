package org.casualtytrends.extract.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.geo.Gazetteer;
import org.casualtytrends.geo.Place;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.PlaceMention;
import org.casualtytrends.model.Sentence;
import org.casualtytrends.text.PatternGroup;

/**
 * Resolves an article's place mentions to gazetteer places (CODEBOOK.md section 6). A name followed by
 * "province", "district" or "city" is taken at that level ("Kandahar province", "Khost district");
 * a bare name that is a province is the province. A name of several provinces' districts (Arghandab,
 * Qara Bagh) resolves only when one of its provinces is named in the sentence, else in the article;
 * otherwise it is dropped, never guessed. A district followed by another province ("Khogyani district,
 * Ghazni province") yields to the province. Names the matcher missed but the text calls a district or
 * province ("in Zharay district") are looked up by their transliteration skeleton. Lower-case matches
 * ("burka") and datelines ("KABUL, Afghanistan (Jan. 10, 2011) -") are not event places.
 * Immutable and thread-safe.
 */
public final class PlaceResolver {
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t\\u00a0]*(?:date \\d{4}-\\d\\d-\\d\\d )?(?<place>\\p{Lu}[\\p{L}.'’ -]{1,40}?),[ \\t]*(?:Afghanistan|Afganistan)"
            + "[ \\t]*(?<date>\\([^)\\n]{0,40}\\))?[ \\t]*(?<dash>[-–—:])?");
    /** A wire-service dateline: the city in capitals, an optional date, the outlet in brackets, a dash ("KABUL, July 8 (Reuters) -"). */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "(?m)^[ \\t\\u00a0]*(?:date \\d{4}-\\d\\d-\\d\\d )?(?<place>\\p{Lu}[\\p{Lu}.'’ -]{1,40}?)"
            + "(?:,[ \\t]*\\p{L}{3,9}\\.?[ \\t]+\\d{1,2})?[ \\t]*\\([^)\\n]{1,60}\\)[ \\t]*[-–—]");
    private static final Pattern NAMED_UNIT = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’-]*[ -]){1,3}?)(district|province|District|Province)\\b");
    /** The named-unit pattern alone, to pass over sentences without "district" or "province". */
    private static final PatternGroup NAMED_UNIT_GROUP = PatternGroup.of(List.of(NAMED_UNIT));

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private record Candidate(int begin, int end, List<Place> places) {
    }

    public DocumentPlaces resolve(AnnotatedDocument doc) {
        String text = doc.text();
        List<int[]> datelines = datelines(text);
        boolean afghanistan = !datelines.isEmpty();
        List<PlaceMention> mentions = new ArrayList<>(doc.places());
        mentions.sort(Comparator.comparingInt(PlaceMention::begin));
        List<List<Candidate>> candidates = new ArrayList<>();
        Set<String> articleProvinces = new LinkedHashSet<>();
        for (Sentence sentence : doc.sentences()) {
            List<Candidate> found = new ArrayList<>();
            for (PlaceMention mention : mentions) {
                if (mention.begin() < sentence.begin() || mention.end() > sentence.end() || mention.begin() >= mention.end()) {
                    continue;
                }
                List<Place> places = gazetteer.lookup(mention.surface());
                afghanistan |= !places.isEmpty();
                if (!inside(datelines, mention.begin(), mention.end()) && Character.isUpperCase(text.charAt(mention.begin()))) {
                    addCandidate(found, text, mention.begin(), mention.end(), places);
                }
            }
            addNamedUnits(found, text, sentence, datelines);
            found.sort(Comparator.comparingInt(Candidate::begin));
            candidates.add(found);
            found.forEach(c -> provinceOf(c.places()).ifPresent(articleProvinces::add));
        }
        List<List<DocumentPlaces.Located>> bySentence = new ArrayList<>();
        for (List<Candidate> found : candidates) {
            Set<String> sentenceProvinces = new LinkedHashSet<>();
            found.forEach(c -> provinceOf(c.places()).ifPresent(sentenceProvinces::add));
            List<DocumentPlaces.Located> places = new ArrayList<>();
            for (int k = 0; k < found.size(); k++) {
                Place place = choose(found.get(k).places(), sentenceProvinces, articleProvinces);
                if (place != null && !(place.level() != Place.Level.PROVINCE && contradicted(text, found, k, place))) {
                    places.add(new DocumentPlaces.Located(place, found.get(k).begin()));
                }
            }
            bySentence.add(places);
        }
        return new DocumentPlaces(bySentence, datelines, afghanistan);
    }

    /** Adds the places a name may be, at the level its next word gives; country names are not event places. */
    private static void addCandidate(List<Candidate> found, String text, int begin, int end, List<Place> places) {
        List<Place> local = places.stream().filter(p -> !p.isCountry()).toList();
        if (local.isEmpty() || found.stream().anyMatch(c -> begin < c.end() && end > c.begin())) {
            return;
        }
        String next = nextWords(text, end);
        List<Place> atLevel = switch (next) {
            case "province" -> asProvinces(local);
            case "district" -> local.stream().filter(p -> p.level() == Place.Level.DISTRICT).toList();
            case "city" -> local.stream().filter(p -> p.level() != Place.Level.PROVINCE).toList();
            default -> local.stream().anyMatch(p -> p.level() == Place.Level.PROVINCE)
                    ? local.stream().filter(p -> p.level() == Place.Level.PROVINCE).toList() : local;
        };
        found.add(new Candidate(begin, end, atLevel.isEmpty() ? local : atLevel));
    }

    /**
     * "Zharay district", "Konar province": names the matcher did not know, looked up as written, then by
     * skeleton; of the capitalized words before "district", the longest tail that is a name wins.
     */
    private void addNamedUnits(List<Candidate> found, String text, Sentence sentence, List<int[]> datelines) {
        PatternGroup.Matches matches = NAMED_UNIT_GROUP.matches(sentence.text());
        for (Matcher m = matches.find(0, 0); m != null; m = matches.findNext(0, m)) {
            Place.Level level = m.group(2).toLowerCase(Locale.ROOT).equals("district") ? Place.Level.DISTRICT : Place.Level.PROVINCE;
            String words = m.group(1).stripTrailing();
            int groupBegin = sentence.begin() + m.start(1);
            for (int cut = 0; cut >= 0 && cut < words.length(); cut = nextWordStart(words, cut)) {
                int begin = groupBegin + cut;
                int end = groupBegin + words.length();
                if (inside(datelines, begin, end) || found.stream().anyMatch(c -> c.begin() < end && c.end() > begin)) {
                    break;
                }
                String name = words.substring(cut);
                List<Place> places = gazetteer.lookup(name);
                if (places.stream().noneMatch(p -> p.level() == level)) {
                    places = gazetteer.lookupVariant(name);
                }
                List<Place> atLevel = places.stream().filter(p -> p.level() == level).toList();
                if (!atLevel.isEmpty()) {
                    found.add(new Candidate(begin, end, atLevel));
                    break;
                }
            }
        }
    }

    private static int nextWordStart(String words, int from) {
        int space = words.indexOf(' ', from);
        return space < 0 ? -1 : space + 1;
    }

    /** The one province all of a name's places are in, if any. */
    private static java.util.Optional<String> provinceOf(List<Place> places) {
        Set<String> provinces = new LinkedHashSet<>();
        places.forEach(p -> provinces.add(p.provinceCode()));
        return provinces.size() == 1 ? java.util.Optional.of(provinces.iterator().next()) : java.util.Optional.empty();
    }

    /** One place among a name's candidates: the only one, else the one whose province the sentence or article names. */
    private static Place choose(List<Place> places, Set<String> sentenceProvinces, Set<String> articleProvinces) {
        if (provinceOf(places).isPresent()) {
            return places.get(0);
        }
        for (Set<String> context : List.of(sentenceProvinces, articleProvinces)) {
            List<Place> inContext = places.stream().filter(p -> context.contains(p.provinceCode())).toList();
            if (provinceOf(inContext).isPresent()) {
                return inContext.get(0);
            }
        }
        return null;
    }

    /** A district or town right before another province's name ("Khogyani district, Ghazni province"). */
    private static boolean contradicted(String text, List<Candidate> found, int k, Place place) {
        if (k + 1 >= found.size()) {
            return false;
        }
        Candidate next = found.get(k + 1);
        String between = text.substring(found.get(k).end(), next.begin()).strip().toLowerCase(Locale.ROOT);
        boolean adjacent = between.matches("(?:district|city|village)?\\s*,?\\s*(?:in|of)?\\s*");
        return adjacent && nextWords(text, next.end()).equals("province")
                && provinceOf(next.places()).filter(code -> !code.equals(place.provinceCode())).isPresent();
    }

    private static List<Place> asProvinces(List<Place> places) {
        List<Place> provinces = places.stream().filter(p -> p.level() == Place.Level.PROVINCE).toList();
        return provinces.isEmpty() ? List.of() : provinces;
    }

    /** The lower-cased word right after a name ("province", "district", "city"), or "". */
    private static String nextWords(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        String word = text.substring(i, j).toLowerCase(Locale.ROOT);
        return word.equals("province") || word.equals("district") || word.equals("city") ? word : "";
    }

    private static List<int[]> datelines(String text) {
        List<int[]> spans = new ArrayList<>();
        forEachAtLineStart(DATELINE, text, m -> {
            String place = m.group("place");
            boolean capitals = place.equals(place.toUpperCase(Locale.ROOT));
            if (capitals || m.group("date") != null || m.group("dash") != null) {
                spans.add(new int[] {m.start("place"), m.end()});
            }
        });
        forEachAtLineStart(WIRE_DATELINE, text, wire -> {
            if (!inside(spans, wire.start("place"), wire.end())) {
                spans.add(new int[] {wire.start("place"), wire.end()});
            }
        });
        return spans;
    }

    /**
     * The matches find() gives of a pattern that starts with "(?m)^", tried at the line starts only:
     * find() runs the pattern at every character of the article.
     */
    private static void forEachAtLineStart(Pattern pattern, String text, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int i = 0;
        while (i < text.length()) {
            if (isLineStart(text, i) && m.region(i, text.length()).lookingAt()) {
                action.accept(m);
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
    }

    /** Where the regex "(?m)^" matches: after a line terminator, "\r\n" counted as one. */
    private static boolean isLineStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return before == '\n' || before == '\u2028' || before == '\u2029' || before == '\u0085'
                || before == '\r' && text.charAt(i) != '\n';
    }

    private static boolean inside(List<int[]> spans, int begin, int end) {
        for (int[] span : spans) {
            if (begin < span[1] && end > span[0]) {
                return true;
            }
        }
        return false;
    }
}
