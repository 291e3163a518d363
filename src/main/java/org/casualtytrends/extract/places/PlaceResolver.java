package org.casualtytrends.extract.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.geo.CountryMatch;
import org.casualtytrends.geo.Country;
import org.casualtytrends.geo.Gazetteer;
import org.casualtytrends.geo.Place;
import org.casualtytrends.geo.PlaceNames;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.PlaceMention;
import org.casualtytrends.model.Sentence;
import org.casualtytrends.text.Token;
import org.casualtytrends.text.Tokens;

/**
 * Resolves an article's place mentions to gazetteer places (CODEBOOK.md section 6, CODING-NOTES R6).
 *
 * <p>A name is read with the words around it ({@link PlaceWords}): "Anbar province" is the province, "the
 * city of Homs" the city, "near Homs" only Homs' province (R6c). A country's name, a demonym ("Iraqi") or a
 * cue ("ISAF") names a country. Names must be capitalised (a lower-case "mobile" is no place); a name made
 * of ordinary English words ("Centre", "Nice") needs a unit word after it or its country named elsewhere
 * in the article; a small town (fewer than 100,000 people) needs its country named in the article and
 * must not stand inside a longer capitalised name (a person's: "Haider al-Abadi").
 *
 * <p>The article's countries are weighed from what it names that needs no context: a country's name 3, a
 * known place 2 (one whose candidates all lie in one country), the dateline's place 2, a demonym or cue 1.
 * A name of several countries' places (Punjab in India and Pakistan) is resolved by the countries its
 * sentence names, then by the article's weights; a tie leaves it out. Within a country: a bare name that
 * is a city with a district of its name is that district (R6b: Homs, Kabul), else a province of the name,
 * else its district or city. A name of places in several provinces (Arghandab) takes the province its
 * sentence, then the article, names; failing that it gives only its country (R6e). A district right before
 * another province ("Khogyani district, Ghazni province") yields to the province. Names the matcher did
 * not know but the text calls a district or province ("in Zharay district") are looked up by their
 * consonant skeleton. Datelines ({@link Datelines}) say where a story was written, not where its events
 * were: their place counts only towards the article's country. Immutable and thread-safe.
 */
public final class PlaceResolver {
    /** A city this populous is known by name alone (Mosul, Peshawar, Aleppo); a smaller one needs its country named. */
    static final long KNOWN_CITY = 100_000;
    private static final double COUNTRY_WEIGHT = 3;
    private static final double PLACE_WEIGHT = 2;
    private static final double DATELINE_WEIGHT = 2;
    private static final double DEMONYM_WEIGHT = 1;

    private final Gazetteer gazetteer;
    private final PlaceWords words;
    private final Datelines datelines;
    /** Capitalised words right before a unit word: "Zharay district", "Deyr ez-Zur province". */
    private final Pattern namedUnit;
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
    /** What stands between a district and its province: "Khogyani district, Ghazni province", "Nawa, in Helmand". */
    private static final Pattern ADJACENT = Pattern.compile("\\s*(?i:district|city|village)?\\s*,?\\s*(?i:in|of)?\\s*");
    /** What joins two places named together: "Jableh and Tartous", "Jableh, Tartous". */
    private static final Pattern COORDINATED = Pattern.compile("\\s*(?:,|,?\\s*and|&)\\s*");
    /** A name with an inner Arabic article, as the press writes it: "Deir el-Zour", "Ras al-Ain". */
    private static final Pattern INNER_ARTICLE = Pattern.compile("\\b\\p{Lu}\\p{Ll}+ [aeu][lnrsdtz]{1,2}-\\p{Lu}\\p{Ll}+\\b");

    PlaceResolver(Gazetteer gazetteer, PlaceWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.datelines = new Datelines(gazetteer);
        List<String> units = words.unitWords().entrySet().stream().filter(e -> e.getValue() != PlaceWords.Unit.CITY)
                .map(Map.Entry::getKey).filter(w -> !w.contains(" ")).sorted(Comparator.comparing(String::length).reversed())
                .map(Pattern::quote).toList();
        this.namedUnit = Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]*[ -]){1,3}?)(?i:(" + String.join("|", units) + "))\\b");
    }

    public static PlaceResolver of(RuleBundle rules) {
        return rules.shared(PlaceResolver.class, r -> new PlaceResolver(Gazetteer.of(r), PlaceWords.of(r)));
    }

    /** A name found in a sentence: what it may be, and what the words around it say. */
    private static final class Mention {
        final int begin;
        final int end;
        final Located.How how;
        final List<Place> candidates;
        final PlaceWords.Unit unit;
        final boolean near;
        final boolean locative;
        final boolean common;
        final boolean inName;
        /** The country whose capital the name is, or null: "Sanaa" is Yemen's before it is a suburb elsewhere. */
        final String capitalOf;

        Mention(int begin, int end, Located.How how, List<Place> candidates, PlaceWords.Unit unit, PlaceWords.Before before,
                boolean common, boolean inName, String capitalOf) {
            this.begin = begin;
            this.end = end;
            this.how = how;
            this.candidates = candidates;
            this.unit = unit != null ? unit : before.unit();
            this.near = before.near();
            this.locative = before.locative();
            this.common = common;
            this.inName = inName;
            this.capitalOf = capitalOf;
        }

        /** Of several countries the name's places lie in, the one whose capital it is; all of them otherwise. */
        Set<String> narrowed(Set<String> countries) {
            return countries.size() > 1 && capitalOf != null && countries.contains(capitalOf) ? Set.of(capitalOf) : countries;
        }
    }

    public DocumentPlaces resolve(AnnotatedDocument doc) {
        String text = doc.text();
        List<Dateline> lines = datelines.find(text);
        List<PlaceMention> matched = new ArrayList<>(doc.places());
        matched.sort(Comparator.comparingInt(PlaceMention::begin));
        List<List<Mention>> bySentence = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            List<Mention> found = new ArrayList<>();
            List<Token> tokens = null;
            for (PlaceMention m : matched) {
                if (m.begin() < sentence.begin() || m.end() > sentence.end() || m.begin() >= m.end() || inside(lines, m.begin(), m.end())
                        || !PlaceNames.isCapitalised(text, m.begin(), m.end()) || overlaps(found, m.begin(), m.end())) {
                    continue;
                }
                tokens = tokens == null ? Tokens.of(sentence.text()) : tokens;
                Mention mention = read(text, sentence, tokens, m.begin(), m.end());
                if (mention != null) {
                    found.add(mention);
                }
            }
            if (!found.isEmpty() || hasUnitWord(sentence.text())) {
                tokens = tokens == null ? Tokens.of(sentence.text()) : tokens;
                addNamedUnits(found, text, sentence, tokens, lines);
            }
            if (sentence.text().indexOf('-') >= 0) {
                tokens = tokens == null ? Tokens.of(sentence.text()) : tokens;
                addArticleVariants(found, sentence, tokens, lines);
            }
            found.sort(Comparator.comparingInt(m -> m.begin));
            bySentence.add(found);
        }
        Map<String, Double> weights = weigh(bySentence, lines);
        Set<String> admitted = admitted(bySentence, lines, weights);
        Set<String> articleProvinces = new LinkedHashSet<>();
        List<List<Place>> chosen = new ArrayList<>();
        for (List<Mention> sentence : bySentence) {
            Set<String> sentenceCountries = sentenceCountries(sentence, weights);
            List<Place> places = new ArrayList<>();
            for (Mention m : sentence) {
                places.add(choose(m, sentenceCountries, weights, admitted, null));
            }
            places.stream().filter(Objects::nonNull).map(Place::provinceCode).filter(Objects::nonNull).forEach(articleProvinces::add);
            chosen.add(places);
        }
        Map<String, Place> placedByText = placedByText(text, bySentence, chosen);
        List<List<Located>> located = new ArrayList<>();
        for (int s = 0; s < bySentence.size(); s++) {
            List<Mention> sentence = bySentence.get(s);
            Set<String> sentenceCountries = sentenceCountries(sentence, weights);
            Set<String> sentenceProvinces = new LinkedHashSet<>();
            chosen.get(s).stream().filter(Objects::nonNull).map(Place::provinceCode).filter(Objects::nonNull).forEach(sentenceProvinces::add);
            List<Located> out = new ArrayList<>();
            for (int k = 0; k < sentence.size(); k++) {
                Mention m = sentence.get(k);
                Place place = chosen.get(s).get(k);
                if (place == null && m.how == Located.How.PLACE) {
                    // a second try with the provinces named around it (Arghandab: the one of Kandahar or Zabul)
                    place = choose(m, sentenceCountries, weights, admitted, List.of(sentenceProvinces, articleProvinces));
                }
                if (place == null || m.how == Located.How.PLACE && place.kind() != Place.Kind.PROVINCE
                        && contradicting(text, sentence, k, place) != null) {
                    continue;
                }
                Place placed = m.how == Located.How.PLACE && !placedByText.isEmpty() ? placedByText.get(surface(text, m)) : null;
                if (placed != null && !Objects.equals(placed.provinceCode(), place.provinceCode())) {
                    place = placed; // the province the article put this name in, where the gazetteer has another
                }
                out.add(new Located(m.near ? place.provinceOnly() : place, m.begin, m.end, m.how, m.locative));
            }
            located.add(spanning(text, out));
        }
        return new DocumentPlaces(located, lines, weights);
    }

    /**
     * "in Jableh and Tartous": places of two provinces named together where something happened give the
     * event both, so it is placed at country precision (CODING-NOTES R6e, R7a): the pair becomes its country.
     */
    private List<Located> spanning(String text, List<Located> sentence) {
        List<Located> out = new ArrayList<>(sentence);
        for (int k = 0; k + 1 < out.size(); k++) {
            Located a = out.get(k);
            Located b = out.get(k + 1);
            if (a.isLocal() && b.isLocal() && a.locative() && a.place().country().equals(b.place().country())
                    && a.place().provinceCode() != null && b.place().provinceCode() != null
                    && !a.place().provinceCode().equals(b.place().provinceCode())
                    && coordinated(text, a, b) && !beforeUnitWord(text, lastOfList(text, out, k + 1).end())) {
                out.set(k, new Located(gazetteer.countryPlace(a.place().country()), a.begin(), b.end(), Located.How.COUNTRY, true));
                out.remove(k + 1);
            }
        }
        return out;
    }

    private static boolean coordinated(String text, Located a, Located b) {
        return COORDINATED.matcher(text.substring(a.end(), Math.max(a.end(), b.begin()))).matches();
    }

    /** The last place of the list that place {@code k} is in ("Khost, Kandahar and Nangarhar"). */
    private static Located lastOfList(String text, List<Located> sentence, int k) {
        int last = k;
        while (last + 1 < sentence.size() && coordinated(text, sentence.get(last), sentence.get(last + 1))) {
            last++;
        }
        return sentence.get(last);
    }

    /**
     * Whether a unit word follows ("Kunduz and Khost provinces"): operations in several provinces, which
     * the extraction sums apart (clause marker spread), not one event across them.
     */
    private boolean beforeUnitWord(String text, int at) {
        Matcher next = NEXT_WORD.matcher(text).region(at, text.length());
        if (!next.lookingAt()) {
            return false;
        }
        String word = next.group(1).toLowerCase(Locale.ROOT);
        return words.unitWords().containsKey(word) || word.endsWith("s") && words.unitWords().containsKey(word.substring(0, word.length() - 1));
    }

    // ------------------------------------------------------------------ reading a name

    private Mention read(String text, Sentence sentence, List<Token> tokens, int begin, int end) {
        String surface = text.substring(begin, end);
        int first = tokenAt(tokens, begin - sentence.begin());
        int after = tokenAfter(tokens, end - sentence.begin());
        // "Kabul province" may be one name of the gazetteer: its unit word is then its last token
        PlaceWords.Unit unit = words.after(tokens, after);
        if (unit == null && after - 1 > first && first >= 0) {
            unit = words.after(tokens, after - 1);
        }
        PlaceWords.Before before = first < 0 ? PlaceWords.Before.NONE : words.before(tokens, first);
        boolean inName = inName(tokens, first, after, unit != null || words.endsName(tokens, after));
        List<CountryMatch> countries = gazetteer.countries(surface);
        List<Place> places = gazetteer.lookup(surface);
        if (unit == PlaceWords.Unit.DISTRICT || unit == PlaceWords.Unit.PROVINCE) {
            // "Khugyani district": a spelling of a district the key misses, though a village elsewhere has its name
            places = withVariantsAtLevel(surface, places, unit == PlaceWords.Unit.DISTRICT ? Place.Kind.DISTRICT : Place.Kind.PROVINCE);
        }
        boolean countryName = places.stream().anyMatch(Place::isCountry);
        Located.How how;
        List<Place> candidates;
        if (!countryName && countries.stream().anyMatch(c -> c.via() == CountryMatch.Via.DEMONYM || c.via() == CountryMatch.Via.CUE)) {
            how = countries.stream().anyMatch(c -> c.via() == CountryMatch.Via.CUE) ? Located.How.CUE : Located.How.DEMONYM;
            candidates = countries.stream().filter(c -> c.via() == CountryMatch.Via.DEMONYM || c.via() == CountryMatch.Via.CUE)
                    .map(c -> gazetteer.countryPlace(c.country().iso3())).distinct().toList();
        } else if (countryName && unit == null) {
            if (inName) {
                return null; // "Malawi Sahib": a country's name in a person's
            }
            how = Located.How.COUNTRY;
            candidates = places.stream().filter(Place::isCountry).toList();
        } else if (words.namesOther(tokens, first, after)) {
            return null; // "the Dogan news agency", "Mr. Sahin": an outlet's or a person's name
        } else {
            how = Located.How.PLACE;
            candidates = places.stream().filter(p -> !p.isCountry()).toList();
        }
        // a capitalised demonym or cue is one even when it is also a word ("Afghan", "French", "Polish")
        boolean common = (how == Located.How.PLACE || how == Located.How.COUNTRY)
                && gazetteer.commonWordForms().contains(surface.toLowerCase(Locale.ROOT));
        List<String> capitalOf = countries.stream().filter(c -> c.via() == CountryMatch.Via.CAPITAL).map(c -> c.country().iso3()).distinct().toList();
        return candidates.isEmpty() ? null
                : new Mention(begin, end, how, candidates, unit, before, common, inName, capitalOf.size() == 1 ? capitalOf.get(0) : null);
    }

    /** The places of a name, and when none is of the kind its unit word gives, those of that kind its skeleton finds. */
    private List<Place> withVariantsAtLevel(String surface, List<Place> places, Place.Kind kind) {
        if (places.stream().anyMatch(p -> p.kind() == kind)) {
            return places;
        }
        List<Place> variants = gazetteer.lookupVariant(surface).stream().filter(p -> p.kind() == kind).toList();
        if (variants.isEmpty()) {
            return places;
        }
        List<Place> all = new ArrayList<>(places);
        all.addAll(variants);
        return all;
    }

    /** The index of the token that starts at (or holds) offset {@code at} of the sentence; -1 if none. */
    private static int tokenAt(List<Token> tokens, int at) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() > at) {
                return tokens.get(k).begin() <= at ? k : -1;
            }
        }
        return -1;
    }

    /** The index of the first token that starts at or after offset {@code at}. */
    private static int tokenAfter(List<Token> tokens, int at) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).begin() >= at) {
                return k;
            }
        }
        return tokens.size();
    }

    /**
     * Whether the name stands inside a longer capitalised name: a capitalised word right before it (not the
     * sentence's first word) or right after it (not a unit word, nor a word of {@link PlaceWords#endsName}):
     * "Haider al-Abadi", "Abu Bakr", "Malawi Sahib".
     */
    private static boolean inName(List<Token> tokens, int first, int after, boolean placeWordAfter) {
        boolean before = first > 1 && tokens.get(first - 1).isCapitalized();
        boolean next = !placeWordAfter && after < tokens.size() && tokens.get(after).isCapitalized();
        return before || next;
    }

    private boolean hasUnitWord(String sentence) {
        return namedUnit.matcher(sentence).find();
    }

    /**
     * "Zharay district", "Konar province": names the matcher did not know, looked up as written, then by
     * skeleton; of the capitalised words before the unit word, the longest tail that is a name wins.
     */
    private void addNamedUnits(List<Mention> found, String text, Sentence sentence, List<Token> tokens, List<Dateline> lines) {
        Matcher m = namedUnit.matcher(sentence.text());
        while (m.find()) {
            PlaceWords.Unit unit = words.unitWords().get(m.group(2).toLowerCase(Locale.ROOT));
            Place.Kind kind = unit == PlaceWords.Unit.DISTRICT ? Place.Kind.DISTRICT : Place.Kind.PROVINCE;
            String name = m.group(1).stripTrailing();
            int groupBegin = sentence.begin() + m.start(1);
            for (int cut = 0; cut >= 0 && cut < name.length(); cut = nextWordStart(name, cut)) {
                int begin = groupBegin + cut;
                int end = groupBegin + name.length();
                if (inside(lines, begin, end) || overlaps(found, begin, end)) {
                    break;
                }
                String tail = name.substring(cut);
                List<Place> places = gazetteer.lookup(tail);
                if (places.stream().noneMatch(p -> p.kind() == kind)) {
                    places = gazetteer.lookupVariant(tail);
                }
                List<Place> atLevel = places.stream().filter(p -> p.kind() == kind).toList();
                if (!atLevel.isEmpty()) {
                    int first = tokenAt(tokens, begin - sentence.begin());
                    PlaceWords.Before before = first < 0 ? PlaceWords.Before.NONE : words.before(tokens, first);
                    found.add(new Mention(begin, end, Located.How.PLACE, atLevel, unit, before, false, false, null));
                    break;
                }
            }
        }
    }

    /**
     * "Deir el-Zour" for Deir ez-Zor: a name with an inner Arabic article in another spelling than the
     * gazetteer's, which the matcher did not find, is looked up by its skeleton, and kept only as a province,
     * a district or a city known by name alone (the skeleton is loose), of a country whose names take the
     * article, and not inside a longer name (a person's: "President Bashar al-Assad").
     */
    private void addArticleVariants(List<Mention> found, Sentence sentence, List<Token> tokens, List<Dateline> lines) {
        Matcher m = INNER_ARTICLE.matcher(sentence.text());
        while (m.find()) {
            int begin = sentence.begin() + m.start();
            int end = sentence.begin() + m.end();
            // a word of the name the matcher took for a place of its own ("Deir") gives way to the whole name
            boolean within = found.stream().allMatch(f -> f.end <= begin || f.begin >= end || f.begin >= begin && f.end <= end);
            if (inside(lines, begin, end) || !within) {
                continue;
            }
            int first = tokenAt(tokens, m.start());
            int after = tokenAfter(tokens, m.end());
            if (first < 0 || inName(tokens, first, after, words.after(tokens, after) != null || words.endsName(tokens, after))) {
                continue;
            }
            List<Place> places = gazetteer.lookupVariant(m.group()).stream()
                    .filter(p -> p.kind() == Place.Kind.PROVINCE || p.kind() == Place.Kind.DISTRICT
                            || p.kind() == Place.Kind.CITY && p.population() >= KNOWN_CITY)
                    .filter(p -> gazetteer.country(p.country()).map(Country::arabic).orElse(false))
                    .toList();
            if (!places.isEmpty()) {
                found.removeIf(f -> f.begin >= begin && f.end <= end);
                found.add(new Mention(begin, end, Located.How.PLACE, places, words.after(tokens, after), words.before(tokens, first),
                        false, false, null));
            }
        }
    }

    private static int nextWordStart(String words, int from) {
        int space = words.indexOf(' ', from);
        return space < 0 ? -1 : space + 1;
    }

    // ------------------------------------------------------------------ the article's countries

    /** The evidence for each country, from what needs no context (see the class comment). */
    private Map<String, Double> weigh(List<List<Mention>> bySentence, List<Dateline> lines) {
        Map<String, Double> weights = new HashMap<>();
        for (List<Mention> sentence : bySentence) {
            for (Mention m : sentence) {
                Set<String> countries = new LinkedHashSet<>();
                double weight;
                if (m.how == Located.How.PLACE) {
                    m.candidates.stream().filter(p -> knownByName(p, m)).forEach(p -> countries.add(p.country()));
                    weight = PLACE_WEIGHT;
                } else {
                    m.candidates.forEach(p -> countries.add(p.country()));
                    weight = m.how == Located.How.COUNTRY ? COUNTRY_WEIGHT : DEMONYM_WEIGHT;
                }
                Set<String> narrowed = m.narrowed(countries);
                if (narrowed.size() == 1 && !(m.common && m.unit == null)) {
                    weights.merge(narrowed.iterator().next(), weight, Double::sum);
                }
            }
        }
        for (Dateline d : lines) {
            if (d.place() != null) {
                weights.merge(d.place().country(), DATELINE_WEIGHT, Double::sum);
            }
        }
        return weights;
    }

    /**
     * The countries the article's places may lie in: its main country (the one best evidenced) and those
     * it names by name, demonym, cue or dateline; null (any) when no country leads. A place abroad needs
     * its country named: in an Afghan release, "the Pech River Valley" is not Pecs, Hungary, nor "Zubair, a
     * Taliban leader" a town of Iraq; a story of an attack in Istanbul names Turkey or the Turks.
     */
    private static Set<String> admitted(List<List<Mention>> bySentence, List<Dateline> lines, Map<String, Double> weights) {
        String main = new DocumentPlaces(List.of(), List.of(), weights).mainCountry();
        if (main == null) {
            return null;
        }
        Set<String> admitted = new HashSet<>();
        admitted.add(main);
        for (List<Mention> sentence : bySentence) {
            for (Mention m : sentence) {
                if (m.how != Located.How.PLACE) {
                    m.candidates.forEach(p -> admitted.add(p.country()));
                }
            }
        }
        lines.stream().filter(d -> d.place() != null).forEach(d -> admitted.add(d.place().country()));
        return admitted;
    }

    /** A place its name alone makes sure of: a province, district or region, a city of 100,000 people, a town of the Afghan tables. */
    private static boolean knownByName(Place p, Mention m) {
        boolean known = switch (p.kind()) {
            case COUNTRY, PROVINCE, DISTRICT, REGION -> true;
            case CITY -> p.population() >= KNOWN_CITY || p.source().startsWith("towns:");
        };
        return known && !(m.inName && p.kind() != Place.Kind.PROVINCE && p.kind() != Place.Kind.COUNTRY);
    }

    /** The countries a sentence names by name, demonym or cue, or by a place of one country only. */
    private static Set<String> sentenceCountries(List<Mention> sentence, Map<String, Double> weights) {
        Set<String> countries = new LinkedHashSet<>();
        for (Mention m : sentence) {
            Set<String> of = new LinkedHashSet<>();
            m.candidates.forEach(p -> of.add(p.country()));
            Set<String> narrowed = m.narrowed(of);
            if (narrowed.size() == 1 && !(m.common && m.unit == null)) {
                countries.addAll(narrowed);
            }
        }
        return countries;
    }

    // ------------------------------------------------------------------ choosing

    /**
     * The place a mention is, or null: its candidates at the level its words give, those its context
     * allows, in one country (the sentence's, else the article's best), then one place in it.
     *
     * @param admitted        the countries its place may be in ({@link #admitted}), null for any
     * @param provinceContext when not null, the provinces named around it (sentence, then article) that a
     *                        name of places in several provinces may take
     */
    private Place choose(Mention m, Set<String> sentenceCountries, Map<String, Double> weights, Set<String> admitted,
                         List<Set<String>> provinceContext) {
        List<Place> candidates = atLevel(m.candidates, m.unit).stream()
                .filter(p -> allowed(p, m, weights) && (admitted == null || admitted.contains(p.country()))).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        List<String> countries = candidates.stream().map(Place::country).distinct().toList();
        if (countries.size() > 1) {
            String country = best(countries, sentenceCountries, weights);
            if (country == null) {
                return null;
            }
            candidates = candidates.stream().filter(p -> p.country().equals(country)).toList();
        }
        if (m.how != Located.How.PLACE) {
            return candidates.get(0);
        }
        return inCountry(candidates, m.unit, provinceContext);
    }

    /** The candidates of the kind the words around the name give ("province", "district", "city of"); all when none fits. */
    private static List<Place> atLevel(List<Place> candidates, PlaceWords.Unit unit) {
        if (unit == null) {
            return candidates;
        }
        List<Place> fit = candidates.stream().filter(p -> switch (unit) {
            case PROVINCE -> p.kind() == Place.Kind.PROVINCE || p.kind() == Place.Kind.REGION;
            case DISTRICT -> p.kind() == Place.Kind.DISTRICT;
            case CITY -> p.kind() == Place.Kind.CITY || p.kind() == Place.Kind.DISTRICT;
        }).toList();
        return fit.isEmpty() ? candidates : fit;
    }

    /** Whether the text lets the name be this place (see the class comment). */
    private static boolean allowed(Place p, Mention m, Map<String, Double> weights) {
        boolean countryNamed = weights.getOrDefault(p.country(), 0.0) > 0;
        if (m.common && m.unit == null && !countryNamed) {
            return false;
        }
        return knownByName(p, m) || countryNamed && !m.inName;
    }

    /** The one country the sentence names among them, else the article's best evidenced one; null on a tie. */
    private static String best(List<String> countries, Set<String> sentenceCountries, Map<String, Double> weights) {
        List<String> named = countries.stream().filter(sentenceCountries::contains).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        List<String> pool = named.isEmpty() ? countries : named;
        List<String> ranked = pool.stream().sorted(Comparator.comparingDouble(c -> -weights.getOrDefault(c, 0.0))).toList();
        double top = weights.getOrDefault(ranked.get(0), 0.0);
        return top > 0 && (ranked.size() == 1 || weights.getOrDefault(ranked.get(1), 0.0) < top) ? ranked.get(0) : null;
    }

    /** One place among candidates of one country; its country alone when they lie in several provinces none of the context names. */
    private Place inCountry(List<Place> candidates, PlaceWords.Unit unit, List<Set<String>> provinceContext) {
        Set<String> provinces = new LinkedHashSet<>();
        candidates.forEach(p -> provinces.add(p.provinceCode()));
        if (provinces.size() > 1) {
            for (Set<String> context : provinceContext == null ? List.<Set<String>>of() : provinceContext) {
                List<Place> inContext = candidates.stream().filter(p -> context.contains(p.provinceCode())).toList();
                if (inContext.stream().map(Place::provinceCode).distinct().count() == 1) {
                    return inCountry(inContext, unit, null);
                }
            }
            Place largest = candidates.stream().max(Comparator.comparingLong(Place::population)).orElseThrow();
            // a bare name of a city ten times more populous than the others is the city, even where a province
            // elsewhere has its name (Sanaa: the capital, not the governorate around it)
            boolean dominant = largest.population() >= KNOWN_CITY
                    && candidates.stream().filter(p -> p != largest).allMatch(p -> p.population() * 10 <= largest.population()
                            && (p.kind() == Place.Kind.CITY || unit == null && p.kind() == Place.Kind.PROVINCE));
            if (dominant) {
                return largest;
            }
            return provinceContext == null ? null : gazetteer.countryPlace(largest.country());
        }
        if (unit == PlaceWords.Unit.PROVINCE) {
            return candidates.get(0).provinceOnly();
        }
        if (unit == null) {
            // R6b: a city in the district of its name is that district (Homs, Kabul); else the province of the name
            Place city = candidates.stream().filter(p -> p.kind() == Place.Kind.CITY && p.districtCode() != null)
                    .max(Comparator.comparingLong(Place::population)).orElse(null);
            if (city != null) {
                return city;
            }
            for (Place.Kind kind : List.of(Place.Kind.PROVINCE, Place.Kind.REGION, Place.Kind.DISTRICT)) {
                List<Place> ofKind = candidates.stream().filter(p -> p.kind() == kind).toList();
                if (ofKind.size() == 1) {
                    return ofKind.get(0);
                }
            }
        }
        Place first = candidates.stream().max(Comparator.comparingLong(Place::population)).orElseThrow();
        boolean sameDistrict = candidates.stream().allMatch(p -> Objects.equals(p.districtCode(), first.districtCode()));
        return sameDistrict ? first : first.provinceOnly();
    }

    /**
     * The province right after a district or town of another province of its country ("Khogyani district,
     * Ghazni province"), as a province; null when the next name is no such province.
     */
    private static Place contradicting(String text, List<Mention> sentence, int k, Place place) {
        if (k + 1 >= sentence.size()) {
            return null;
        }
        Mention next = sentence.get(k + 1);
        boolean adjacent = ADJACENT.matcher(text).region(sentence.get(k).end, next.begin).matches();
        // the provinces the name may be in its country: "Faryab" is also a town of Iran, "Kabul" the country's capital
        // (of another country, the pair is no district and its province: neither wins, "Nawah district, Ghanzi province")
        List<Place> provinces = next.candidates.stream()
                .filter(p -> p.country().equals(place.country()) && p.provinceCode() != null).toList();
        boolean oneProvince = !provinces.isEmpty() && provinces.stream().map(Place::provinceCode).distinct().count() == 1;
        return adjacent && next.unit == PlaceWords.Unit.PROVINCE && oneProvince
                && !Objects.equals(provinces.get(0).provinceCode(), place.provinceCode()) ? provinces.get(0).provinceOnly() : null;
    }

    /**
     * The names the article itself puts in another province than the gazetteer does ("Khogyani district,
     * Ghazni province"), by their text, with that province: the same name later in the article ("operations
     * in Khogyani district") is the same place.
     */
    private static Map<String, Place> placedByText(String text, List<List<Mention>> bySentence, List<List<Place>> chosen) {
        Map<String, Place> placed = new HashMap<>();
        for (int s = 0; s < bySentence.size(); s++) {
            List<Mention> sentence = bySentence.get(s);
            for (int k = 0; k < sentence.size(); k++) {
                Place place = chosen.get(s).get(k);
                if (place != null && sentence.get(k).how == Located.How.PLACE && place.kind() != Place.Kind.PROVINCE) {
                    Place province = contradicting(text, sentence, k, place);
                    if (province != null) {
                        placed.putIfAbsent(surface(text, sentence.get(k)), province);
                    }
                }
            }
        }
        return placed;
    }

    private static String surface(String text, Mention m) {
        return text.substring(m.begin, m.end).toLowerCase(Locale.ROOT);
    }

    private static boolean overlaps(List<Mention> found, int begin, int end) {
        for (Mention m : found) {
            if (begin < m.end && end > m.begin) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<Dateline> lines, int begin, int end) {
        for (Dateline d : lines) {
            if (begin < d.end() && end > d.begin()) {
                return true;
            }
        }
        return false;
    }
}
