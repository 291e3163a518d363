package org.casualtytrends.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one normalisation of place names, applied to every name at load and to every name looked up, so
 * that the spellings news writes meet the gazetteer's without being listed: case, diacritics
 * (Diyarbakır, Şanlıurfa), apostrophes (Sana'a / Sanaa), hyphens and spaces (Deir-ez-Zor / Deir ez Zor),
 * a leading "the", generic words at either end ("Anbar province", "Borno State", "Muhafazat Ninawa"),
 * doubled letters (Lattakia / Latakia) and a final h after a vowel (Fallujah / Falluja). In names of
 * countries whose official languages include Arabic, the Arabic article is optional: "al"/"el"/"ul"
 * before any word and its assimilated forms before their own consonant (ar-Raqqa, as-Sweida,
 * ash-Sharqiyah, Deir ez-Zor), so Al-Anbar / Anbar and Deir el-Zor / Deir al-Zor meet. Elsewhere the
 * article is a word of the name (El Salvador is not Salvador).
 */
public final class PlaceNames {
    private static final Map<Character, String> SPECIAL = Map.ofEntries(Map.entry('ı', "i"), Map.entry('İ', "I"),
            Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('æ', "ae"),
            Map.entry('Æ', "AE"), Map.entry('œ', "oe"), Map.entry('Œ', "OE"), Map.entry('ß', "ss"), Map.entry('đ', "d"),
            Map.entry('Đ', "D"), Map.entry('ħ', "h"), Map.entry('Ħ', "H"), Map.entry('þ', "th"), Map.entry('Þ', "Th"),
            Map.entry('ð', "d"), Map.entry('Ð', "D"), Map.entry('ə', "a"), Map.entry('Ə', "A"));
    /** Apostrophes and the ayn/hamza signs of romanised Arabic: dropped, not word breaks ("Sana'a" is "Sanaa"). */
    private static final String APOSTROPHES = "'’‘`´ʻʼʿʾ′";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Set<String> GENERIC = Set.of("province", "provincia", "governorate", "gouvernorat", "state", "region",
            "district", "division", "department", "departement", "prefecture", "county", "municipality", "oblast", "wilayah",
            "wilaya", "muhafazat", "muhafazah", "vilayeti", "provinsi");
    private static final Set<String> LINKS = Set.of("of", "de", "du", "di");
    /** "al", "el", "ul", and the assimilated articles: ar-, as-, ash-, ad-, adh-, at-, ath-, an-, az-, es-, ez-, ... */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("[aeu](?:l|sh|dh|th|[rsdntzl])");
    private static final String VOWELS = "aeiouy";
    private static final int MIN_CORE = 3;
    /** Letters after which an h belongs to the consonant ("kh", "gh", "sh", "ch", "zh", "th", "dh", "ph"). */
    private static final String DIGRAPH_FIRST = "kgsczdtp";

    private PlaceNames() {
    }

    /** Diacritics off, special letters spelt in ASCII, apostrophes removed; case kept. */
    public static String fold(String name) {
        if (isPlainAscii(name)) {
            return name;
        }
        StringBuilder special = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (APOSTROPHES.indexOf(c) >= 0) {
                continue;
            }
            String replacement = SPECIAL.get(c);
            special.append(replacement != null ? replacement : String.valueOf(c));
        }
        return MARKS.matcher(Normalizer.normalize(special, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Most names need no folding: measured, skipping the Unicode normaliser for them halves the load time. */
    private static boolean isPlainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128 || c == '\'' || c == '`') {
                return false;
            }
        }
        return true;
    }

    /** The lookup key: the identifying words of a name, joined, doubled letters single, a final h after a vowel off. */
    public static String key(String name, boolean arabic) {
        return keyOf(coreWords(name, arabic));
    }

    /**
     * The name's {@link #key} as a non-Arabic name's and as an Arabic name's, its words read once: a
     * look-up wants both (measured: computed apart, the two keys were most of a look-up's cost, 4% of the
     * bench's work).
     */
    static String[] keys(String name) {
        List<String> core = coreOf(words(name));
        List<String> arabicCore = withoutArticles(core);
        String plain = keyOf(core);
        return new String[] {plain, arabicCore.size() == core.size() ? plain : keyOf(arabicCore)};
    }

    /** The {@link #skeleton}s of the name's two {@link #keys}. */
    static String[] skeletons(String name) {
        String[] keys = keys(name);
        String plain = skeletonOfKey(keys[0]);
        return new String[] {plain, keys[1].equals(keys[0]) ? plain : skeletonOfKey(keys[1])};
    }

    private static String keyOf(List<String> coreWords) {
        StringBuilder joined = new StringBuilder();
        for (String word : coreWords) {
            joined.append(word);
        }
        StringBuilder key = new StringBuilder(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (key.length() == 0 || key.charAt(key.length() - 1) != c) {
                key.append(c);
            }
        }
        int n = key.length();
        if (n > 1 && key.charAt(n - 1) == 'h' && VOWELS.indexOf(key.charAt(n - 2)) >= 0) {
            key.setLength(n - 1);
        }
        return key.toString();
    }

    /**
     * The consonants of the key, an h after a vowel dropped and q spelt k, for transliterations that the
     * key does not bring together: Hasakah / Hassakeh, Idlib / Idleb, Sharqia / Sharkia, Salahuddin / Salah ad-Din.
     */
    public static String skeleton(String name, boolean arabic) {
        return skeletonOfKey(key(name, arabic));
    }

    /** {@link #skeleton} from a {@link #key} already made. */
    static String skeletonOfKey(String nameKey) {
        String key = nameKey.replace('q', 'k');
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (VOWELS.indexOf(c) >= 0 || c == 'h' && i > 0 && DIGRAPH_FIRST.indexOf(key.charAt(i - 1)) < 0) {
                continue;
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The lower-case words of a name that identify it (see the class comment); never empty for a name with a word. */
    public static List<String> coreWords(String name, boolean arabic) {
        List<String> core = coreOf(words(name));
        return arabic ? withoutArticles(core) : core;
    }

    /** The core words of a name's words, before an Arabic name's articles are dropped. */
    private static List<String> coreOf(List<String> words) {
        int from = 0;
        int to = words.size();
        if (longEnough(words, from + 1, to) && words.get(from).equals("the")) {
            from++;
        }
        while (longEnough(words, from, to - 1) && GENERIC.contains(words.get(to - 1))) {
            to--;
        }
        while (longEnough(words, from + 1, to) && GENERIC.contains(words.get(from))) {
            from++;
            if (longEnough(words, from + 1, to) && LINKS.contains(words.get(from))) {
                from++;
            }
        }
        return words.subList(from, to);
    }

    /** The core words of an Arabic name: its articles off ("an najaf" is "najaf"); the list itself when it has none. */
    private static List<String> withoutArticles(List<String> core) {
        List<String> out = null;
        for (int i = 0; i < core.size(); i++) {
            boolean article = i + 1 < core.size() && isArticle(core.get(i), core.get(i + 1));
            if (article && out == null) {
                out = new ArrayList<>(core.subList(0, i));
            } else if (!article && out != null) {
                out.add(core.get(i));
            }
        }
        return out == null ? core : out;
    }

    /** Whether words [from, to) still make a name once others are dropped: three letters at least ("Region I" stays). */
    private static boolean longEnough(List<String> words, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            letters += words.get(i).length();
        }
        return letters >= MIN_CORE;
    }

    /**
     * The spellings of a name to look for in text: as written, folded to ASCII, and its core (the name
     * without a leading article or "the" and without generic words at its ends: "Ar Raqqah" gives "Raqqah",
     * "Anbar Province" gives "Anbar"); with the article's usual press spelling "al-" before a one-word core
     * of an Arabic name ("al-Raqqah"). Inner articles stay ("Deir ez-Zor"). A name whose first token is a
     * word the key drops ("As Sulaymaniyah", "Municipality of Cotabato", "The Hague") is offered by its core
     * only: the matcher finds it through the core, and such a first word ("as", "the") would be in almost
     * every sentence.
     */
    public static List<String> spellings(String name, boolean arabic) {
        String written = (name.indexOf('(') >= 0 ? PARENTHESES.matcher(name).replaceAll("") : name).strip();
        String folded = fold(written);
        String core = coreSpan(folded, arabic);
        List<String> out = new ArrayList<>(4);
        if (core.isEmpty() || core.equals(folded) || !isDroppedWord(firstToken(folded), arabic)) {
            out.add(written);
            if (!folded.equals(written)) {
                out.add(folded);
            }
        }
        if (!core.isEmpty() && !core.equals(folded)) {
            out.add(core);
        }
        if (arabic && !core.isEmpty() && spans(core.toLowerCase(Locale.ROOT)).size() == 1) {
            out.add("al-" + core);
        }
        return out;
    }

    /**
     * The name as written without a leading article of an Arabic name and without generic words at its
     * ends, diacritics off: "Sanaa Governorate" is "Sanaa", "Al Anbar" (Arabic) "Anbar"; the name itself when
     * nothing is left.
     */
    public static String core(String name, boolean arabic) {
        String folded = fold(name.strip());
        String core = coreSpan(folded, arabic);
        return core.isEmpty() ? folded : core;
    }

    /**
     * Whether the name at {@code [begin, end)} of a text is written as a name: capitalised ("Kabul", "KABUL")
     * or after a lower-case Arabic article and a hyphen ("al-Anbar", "ad-Dawr"); "mobile" and "police" are
     * not. Only such names are places: the matcher ignores case, so that "KABUL" and "Kabul" meet.
     */
    public static boolean isCapitalised(CharSequence text, int begin, int end) {
        if (begin >= end) {
            return false;
        }
        if (Character.isUpperCase(text.charAt(begin))) {
            return true;
        }
        for (int i = begin + 1; i < end && i <= begin + 3; i++) {
            if (text.charAt(i) == '-') {
                return i + 1 < end && Character.isUpperCase(text.charAt(i + 1));
            }
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return false;
    }

    /** The first token as the annotator's tokenizer cuts it (letters, digits and hyphens), lower case. */
    private static String firstToken(String folded) {
        int start = 0;
        while (start < folded.length() && !isTokenChar(folded.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < folded.length() && isTokenChar(folded.charAt(end))) {
            end++;
        }
        return folded.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    private static boolean isDroppedWord(String token, boolean arabic) {
        return token.equals("the") || GENERIC.contains(token) || arabic && ARABIC_ARTICLE.matcher(token).matches();
    }

    /** The words of a name in lower case, folded, parenthesised parts left out. */
    static List<String> words(String name) {
        String bare = name.indexOf('(') >= 0 ? PARENTHESES.matcher(name).replaceAll(" ") : name;
        String plain = fold(bare).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(4);
        for (int[] span : spans(plain)) {
            words.add(plain.substring(span[0], span[1]));
        }
        return words;
    }

    /** Where the words (runs of a-z and 0-9) of a lower-case folded name are; a scan, not a regex: it runs for every name. */
    private static List<int[]> spans(String lower) {
        List<int[]> spans = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                spans.add(new int[] {start, i});
                start = -1;
            }
        }
        return spans;
    }

    private static boolean isArticle(String word, String next) {
        if (!ARABIC_ARTICLE.matcher(word).matches()) {
            return false;
        }
        String consonant = word.substring(1);
        return consonant.equals("l") || next.startsWith(consonant);
    }

    /** The part of a folded name from its first to its last core word, as written (case and hyphens kept). */
    private static String coreSpan(String folded, boolean arabic) {
        String lower = folded.toLowerCase(Locale.ROOT);
        List<int[]> spans = spans(lower);
        List<String> words = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            words.add(lower.substring(span[0], span[1]));
        }
        if (words.isEmpty()) {
            return "";
        }
        List<String> core = coreWords(folded, false);
        // Where the core (before dropping inner articles) starts among the words: generic words and "the"
        // are dropped only at the ends, so the core is a contiguous run.
        int from = indexOfRun(words, core);
        int to = from + core.size();
        if (arabic && to - from > 1 && isArticle(words.get(from), words.get(from + 1))) {
            from++;
        }
        return folded.substring(spans.get(from)[0], spans.get(to - 1)[1]);
    }

    private static int indexOfRun(List<String> words, List<String> run) {
        for (int i = 0; i + run.size() <= words.size(); i++) {
            if (words.subList(i, i + run.size()).equals(run)) {
                return i;
            }
        }
        throw new IllegalStateException("core words not found in their name: " + run + " in " + words);
    }
}
