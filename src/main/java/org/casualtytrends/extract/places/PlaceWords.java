package org.casualtytrends.extract.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.text.Token;

/**
 * The words around a place name that the resolver reads ({@code conf/gazetteer/place-words.tsv}): the kind
 * of unit a name is ("Anbar province", "the city of Homs"), whether the event was only near it ("near
 * Homs", "20 km south of Mosul") and whether the name says where something happened ("in", "at").
 * Immutable and thread-safe.
 */
final class PlaceWords {
    /** The kind of unit the words around a name make it. */
    enum Unit { PROVINCE, DISTRICT, CITY }

    /** What the words before a name say: the unit a phrase like "the city of" gives, vicinity, locative. */
    record Before(Unit unit, boolean near, boolean locative) {
        static final Before NONE = new Before(null, false, false);
    }

    /** Words between the phrases before a name that change nothing: "near the Syrian city of Homs". */
    private static final Set<String> SKIPPED = Set.of("the", "a", "an");
    /** The longest phrase of the file, in tokens. */
    private static final int MAX_WORDS = 4;

    private final Map<String, Unit> after;
    private final Map<String, Unit> before;
    private final Set<String> vicinity;
    private final Set<String> locative;

    private final Set<String> nameEnds;
    private final Set<String> nameOf;
    private final Set<String> outlets;

    private PlaceWords(Map<String, Unit> after, Map<String, Unit> before, Set<String> vicinity, Set<String> locative, Set<String> nameEnds,
                       Set<String> nameOf, Set<String> outlets) {
        this.nameEnds = Set.copyOf(nameEnds);
        this.nameOf = Set.copyOf(nameOf);
        this.outlets = Set.copyOf(outlets);
        this.after = Map.copyOf(after);
        this.before = Map.copyOf(before);
        this.vicinity = Set.copyOf(vicinity);
        this.locative = Set.copyOf(locative);
    }

    static PlaceWords of(RuleBundle rules) {
        return rules.shared(PlaceWords.class, PlaceWords::load);
    }

    private static PlaceWords load(RuleBundle rules) {
        Map<String, Unit> after = new HashMap<>();
        Map<String, Unit> before = new HashMap<>();
        Set<String> vicinity = new HashSet<>();
        Set<String> locative = new HashSet<>();
        Set<String> nameEnds = new HashSet<>();
        Set<String> nameOf = new HashSet<>();
        Set<String> outlets = new HashSet<>();
        for (RuleTable.Row row : rules.table(RuleFile.PLACE_WORDS).rows()) {
            String phrase = String.join(" ", row.get("phrase").toLowerCase(Locale.ROOT).split("\\s+"));
            if (phrase.split(" ").length > MAX_WORDS) {
                throw row.error("a phrase of more than " + MAX_WORDS + " words");
            }
            String type = row.get("class");
            switch (type) {
                case "province", "district", "city" -> after.put(phrase, Unit.valueOf(type.toUpperCase(Locale.ROOT)));
                case "province_of", "district_of", "city_of" ->
                        before.put(phrase, Unit.valueOf(type.substring(0, type.length() - 3).toUpperCase(Locale.ROOT)));
                case "vicinity" -> vicinity.add(phrase);
                case "locative" -> locative.add(phrase);
                case "name_end" -> nameEnds.add(phrase);
                case "name_of" -> nameOf.add(phrase);
                case "outlet" -> outlets.add(phrase);
                default -> throw row.error("unknown class '" + type + "' (province, district, city, province_of, district_of, "
                        + "city_of, vicinity, locative, name_end, name_of, outlet)");
            }
        }
        return new PlaceWords(after, before, vicinity, locative, nameEnds, nameOf, outlets);
    }

    /** The unit the word right after a name gives ("province"), null if none; {@code at} is the token after the name. */
    Unit after(List<Token> tokens, int at) {
        return at < tokens.size() ? after.get(tokens.get(at).lower()) : null;
    }

    /**
     * Whether the capitalised word right after a name leaves it a name of its own ("the Watapur Valley", "in
     * Afghanistan Sunday"); {@code at} is the token after the name.
     */
    boolean endsName(List<Token> tokens, int at) {
        return at < tokens.size() && nameEnds.contains(tokens.get(at).lower());
    }

    /**
     * Whether the words around a name make it the name of a person or an outlet, not of a place: a title
     * before it ("Mr. Sahin"), an outlet's noun before it ("the TV station al-Mayadeen") or after it ("the
     * Dogan news agency"); {@code first} is the name's first token, {@code after} the token after it.
     */
    boolean namesOther(List<Token> tokens, int first, int after) {
        if (first >= 0 && phraseEndingAt(tokens, first, nameOf) > 0) {
            return true;
        }
        for (int length = 1; length <= MAX_WORDS && after + length <= tokens.size(); length++) {
            if (outlets.contains(phrase(tokens, after, after + length))) {
                return true;
            }
        }
        return false;
    }

    /** The unit words that may follow a name, for the names the matcher did not know ("Zharay district"). */
    Map<String, Unit> unitWords() {
        return after;
    }

    /** What the words before a name say; {@code at} is the name's first token. */
    Before before(List<Token> tokens, int at) {
        int end = at;
        Unit unit = null;
        int length = phraseEndingAt(tokens, end, before.keySet());
        if (length > 0) {
            unit = before.get(phrase(tokens, end - length, end));
            end -= length;
            // "the Syrian city of", "the northern town of": a word of the place's description
            while (end > 0 && (SKIPPED.contains(tokens.get(end - 1).lower()) || isModifier(tokens.get(end - 1)))) {
                end--;
            }
        }
        boolean near = phraseEndingAt(tokens, end, vicinity) > 0;
        int locativeLength = phraseEndingAt(tokens, end, locative);
        if (near) {
            int nearLength = phraseEndingAt(tokens, end, vicinity);
            // "on the outskirts of", "just outside": a locative before the vicinity phrase
            int k = end - nearLength;
            while (k > 0 && SKIPPED.contains(tokens.get(k - 1).lower())) {
                k--;
            }
            locativeLength = Math.max(locativeLength, phraseEndingAt(tokens, k, locative));
        }
        if (unit == null && !near && locativeLength == 0) {
            return Before.NONE;
        }
        return new Before(unit, near, near || locativeLength > 0);
    }

    /** "Syrian", "northern", "southeastern": a word that may stand between "the" and "city of". */
    private static boolean isModifier(Token t) {
        return t.isWord() && (t.isCapitalized() || t.lower().endsWith("ern"));
    }

    /** The length in tokens of the longest phrase of {@code phrases} that ends right before token {@code end}, 0 if none. */
    private static int phraseEndingAt(List<Token> tokens, int end, Set<String> phrases) {
        for (int length = Math.min(MAX_WORDS, end); length > 0; length--) {
            if (phrases.contains(phrase(tokens, end - length, end))) {
                return length;
            }
        }
        return 0;
    }

    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                out.append(' ');
            }
            out.append(tokens.get(k).lower());
        }
        return out.toString();
    }
}
