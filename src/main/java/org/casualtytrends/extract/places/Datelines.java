package org.casualtytrends.extract.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.geo.CountryMatch;
import org.casualtytrends.geo.Gazetteer;
import org.casualtytrends.geo.Place;

/**
 * Finds datelines, the line that opens a story with the place it was written in: wire style in capitals
 * ("BEIRUT (Reuters) -", "ISTANBUL, July 8 -", "DIYARBAKIR, Turkey Four people ...", "BAGHDAD — ...",
 * Reuters' bare "ISTANBUL A suicide bomber ..."), and press-office style with the country ("KABUL,
 * Afghanistan (Jan. 10, 2011) -", "Kabul, Afghanistan (...)"). Any place of the gazetteer can open one:
 * the place is looked up, not listed. A bare capitalised opening ("ISTANBUL A suicide ...") counts only
 * for a well-known city (a capital, a province seat or 100,000 people), so that an acronym opening a
 * headline is no dateline. Immutable and thread-safe.
 */
final class Datelines {
    /** Population from which a city opens a bare dateline: the wire services' bureaus are in such cities. */
    private static final long BUREAU_CITY = 100_000;
    private static final int MAX_PLACE_WORDS = 4;
    /**
     * A bare dateline ("ISTANBUL A suicide bomber ...") opens a story: only among its first lines, so that a
     * paragraph opening with a city's name in capitals further down is not taken for one.
     */
    private static final int BARE_LINES = 5;
    private static final String DASHES = "-–—:";
    /** A label in capitals before a dateline: "UPDATE:", "CORRECTED:". */
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}{3,}:[ \\t]+");

    private final Gazetteer gazetteer;

    Datelines(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Every dateline of the text, in order. */
    List<Dateline> find(String text) {
        List<Dateline> found = new ArrayList<>();
        int line = 0;
        for (int i = 0; i < text.length(); i = nextLine(text, i)) {
            Dateline d = at(text, i, line < BARE_LINES);
            if (d != null) {
                found.add(d);
            }
            line += text.charAt(i) == '\n' ? 0 : 1;
        }
        return found;
    }

    private static int nextLine(String text, int from) {
        int n = text.indexOf('\n', from);
        return n < 0 ? text.length() : n + 1;
    }

    /** The dateline opening the line that starts at {@code start}, or null. */
    private Dateline at(String text, int start, boolean bareAllowed) {
        int lineEnd = text.indexOf('\n', start);
        String line = text.substring(start, lineEnd < 0 ? text.length() : lineEnd);
        Scanner s = new Scanner(line);
        s.spaces();
        if (line.startsWith("date ", s.at) && line.length() >= s.at + 16 && line.charAt(s.at + 15) == ' ') {
            s.at += 16; // the seed format's "date YYYY-MM-DD "
        }
        Matcher label = LABEL.matcher(line).region(s.at, line.length());
        if (label.lookingAt()) {
            s.at = label.end(); // "UPDATE: KABUL, Afghanistan (July 16, 2012) -": a later release of the same story
        }
        int placeBegin = s.at;
        boolean capitals = s.capitalsWord();
        List<int[]> words = new ArrayList<>();
        s.at = placeBegin;
        while (words.size() < MAX_PLACE_WORDS && (capitals ? s.capitalsWord() : s.titleWord())) {
            words.add(new int[] {s.wordBegin, s.at});
            if (!(s.peek(' ') || s.peek('/')) || !s.startsWordAfterOne(capitals)) {
                break;
            }
            s.at++;
        }
        // The longest run of words from the first that is a place ("WASHINGTON U.S. officials": WASHINGTON).
        for (int n = words.size(); n > 0; n--) {
            String name = line.substring(placeBegin, words.get(n - 1)[1]);
            List<Place> places = places(name);
            if (!places.isEmpty()) {
                Dateline d = rest(start, line, placeBegin, words.get(n - 1)[1], name, places, capitals, bareAllowed);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** What follows the place: ", Region", a date, "(Outlet)", a dash; decides whether it makes a dateline. */
    private Dateline rest(int start, String line, int placeBegin, int placeEnd, String name, List<Place> places,
                          boolean capitals, boolean bareAllowed) {
        Scanner s = new Scanner(line);
        s.at = placeEnd;
        String region = null;
        if (s.peek(',')) {
            s.at++;
            s.spaces();
            int regionBegin = s.at;
            List<Integer> ends = new ArrayList<>();
            while (ends.size() < 3 && s.titleWord()) {
                ends.add(s.at);
                if (!s.peek(' ') || !s.startsWordAfterOne(false)) {
                    break;
                }
                s.at++;
            }
            s.at = regionBegin;
            // "DIYARBAKIR, Turkey Four people ...": the longest run of words that is a country or place
            for (int k = ends.size() - 1; k >= 0 && region == null; k--) {
                String candidate = line.substring(regionBegin, ends.get(k));
                if (!gazetteer.countries(candidate).isEmpty() || !gazetteer.lookup(candidate).isEmpty() || candidate.endsWith(".")) {
                    region = candidate;
                    s.at = ends.get(k);
                }
            }
        }
        s.date();
        s.spaces();
        boolean paren = false;
        boolean dated = false;
        while (s.peek('(')) {
            int close = line.indexOf(')', s.at);
            if (close < 0 || close - s.at > 60) {
                break;
            }
            dated |= line.substring(s.at, close).chars().anyMatch(Character::isDigit);
            s.at = close + 1;
            paren = true;
            s.spaces();
        }
        boolean dash = !s.done() && DASHES.indexOf(line.charAt(s.at)) >= 0;
        if (dash) {
            s.at++;
        }
        Place place = place(places, region);
        boolean countryNamed = region != null && !gazetteer.countries(region).isEmpty();
        boolean accepted = capitals
                ? dash || paren || region != null || (bareAllowed && !s.done() && bureau(place, name))
                : countryNamed && (dash || paren);
        return accepted ? new Dateline(start + placeBegin, start + s.at, place, dated) : null;
    }

    /** The places a dateline's name may be: each of "ISTANBUL/ANKARA" looked up, the first that is known. */
    private List<Place> places(String name) {
        for (String part : name.split("/")) {
            List<Place> places = gazetteer.lookup(part.strip()).stream().filter(p -> p.kind() != Place.Kind.DISTRICT).toList();
            if (!places.isEmpty()) {
                return places;
            }
        }
        return List.of();
    }

    /** The place a dateline names: in the country its region names, else a capital, else the most populous. */
    private Place place(List<Place> places, String region) {
        List<Place> candidates = places;
        if (region != null) {
            List<String> countries = gazetteer.countries(region).stream().map(c -> c.country().iso3()).toList();
            List<Place> inCountry = places.stream().filter(p -> countries.contains(p.country())).toList();
            candidates = inCountry.isEmpty() ? places : inCountry;
        }
        return candidates.stream().max(Comparator.comparing((Place p) -> capital(p)).thenComparingLong(Place::population)
                .thenComparing(p -> p.kind() == Place.Kind.COUNTRY)).orElseThrow();
    }

    private boolean capital(Place p) {
        return p.kind() == Place.Kind.CITY && gazetteer.countries(p.name()).stream()
                .anyMatch(c -> c.via() == CountryMatch.Via.CAPITAL && c.country().iso3().equals(p.country()));
    }

    /** A city where wire services write from: a capital or a city of 100,000 people or more. */
    private boolean bureau(Place place, String name) {
        return place.kind() == Place.Kind.CITY && (place.population() >= BUREAU_CITY || capital(place))
                || place.kind() == Place.Kind.PROVINCE && name.equals(name.toUpperCase(Locale.ROOT));
    }

    /** A cursor over one line. */
    private static final class Scanner {
        final String line;
        int at;
        int wordBegin;

        Scanner(String line) {
            this.line = line;
        }

        boolean done() {
            return at >= line.length();
        }

        boolean peek(char c) {
            return at < line.length() && line.charAt(at) == c;
        }

        void spaces() {
            while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t' || line.charAt(at) == '\u00a0')) {
                at++;
            }
        }

        /** A word of two capitals or more ("KABUL", "U.S.", "DEIR-EZ-ZOR"); moves past it. */
        boolean capitalsWord() {
            int i = at;
            int letters = 0;
            while (i < line.length() && isWordChar(line.charAt(i))) {
                char c = line.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters += Character.isLetter(c) ? 1 : 0;
                i++;
            }
            if (letters < 2) {
                return false;
            }
            wordBegin = at;
            at = i;
            return true;
        }

        /** A day of a month, ", July 8" or " Jan. 10, 2011"; moves past it, or stays. */
        void date() {
            int start = at;
            if (peek(',')) {
                at++;
            }
            spaces();
            int month = at;
            if (titleWord() && at - month >= 3 && at - month <= 10) {
                spaces();
                int day = digits();
                if (day >= 1 && day <= 2) {
                    int afterDay = at;
                    if (peek(',')) {
                        at++;
                        spaces();
                        if (digits() != 4) {
                            at = afterDay;
                        }
                    }
                    return;
                }
            }
            at = start;
        }

        private int digits() {
            int i = at;
            while (at < line.length() && Character.isDigit(line.charAt(at))) {
                at++;
            }
            return at - i;
        }

        /** A capitalised word ("Kabul", "Pa."); moves past it. */
        boolean titleWord() {
            if (at >= line.length() || !Character.isUpperCase(line.charAt(at))) {
                return false;
            }
            int i = at;
            while (i < line.length() && isWordChar(line.charAt(i))) {
                i++;
            }
            wordBegin = at;
            at = i;
            return true;
        }

        /** Whether a word of the kind begins right after the one separator character at {@code at}. */
        boolean startsWordAfterOne(boolean capitals) {
            int i = at + 1;
            if (i >= line.length() || !Character.isUpperCase(line.charAt(i))) {
                return false;
            }
            if (!capitals) {
                return true;
            }
            int j = i;
            while (j < line.length() && isWordChar(line.charAt(j))) {
                if (Character.isLowerCase(line.charAt(j))) {
                    return false;
                }
                j++;
            }
            return j - i >= 2;
        }

        private static boolean isWordChar(char c) {
            return Character.isLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-';
        }
    }
}
