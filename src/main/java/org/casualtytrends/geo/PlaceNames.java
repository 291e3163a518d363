package org.casualtytrends.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Keys under which place names are looked up, so that spellings of one name meet. */
public final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]+");
    private static final String VOWELS = "aeiouy";
    /** Letters after which an h belongs to the consonant ("kh", "gh", "sh", "ch", "zh", "th", "dh", "ph"). */
    private static final String DIGRAPH_FIRST = "kgsczdtp";

    private PlaceNames() {
    }

    /** Case, diacritics, hyphens, spaces and apostrophes ignored: "Dasht-e-Archi" and "Dashte Archi" meet. */
    public static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * A transliteration skeleton: the key's consonants, an h after a vowel or at the end dropped and
     * doubled letters made single, so that press spellings meet the gazetteer's ("Zharay" and "Zheray",
     * "Maiwand" and "Maywand", "Konar" and "Kunar", "Watahpur" and "Watapur").
     */
    public static String skeleton(String name) {
        String key = key(name);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (VOWELS.indexOf(c) >= 0) {
                continue;
            }
            if (c == 'h' && i > 0 && DIGRAPH_FIRST.indexOf(key.charAt(i - 1)) < 0) {
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
