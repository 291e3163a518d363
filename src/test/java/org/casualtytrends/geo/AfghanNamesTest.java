package org.casualtytrends.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AfghanNamesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.defaults();

    /** The Afghan candidates of a name as "kind code" (the district's p-code when there is one). */
    private static List<String> lookup(String name) {
        return GAZETTEER.lookup(name).stream().filter(p -> p.country().equals("AFG") && !p.source().startsWith("geonames:"))
                .map(p -> p.kind().name().toLowerCase() + " " + (p.districtCode() != null ? p.districtCode() : p.provinceCode()))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dasht-e-Archi", "Dashte Archi", "Dasht-i-Archi", "Mazar-i-Sharif", "Lashkar Gah", "Afganistan",
            "Hilmand", "Helmand", "Nahr-e Saraj", "Gereshk", "Sangin", "Marjah", "Ghani Khel", "Tarinkot", "Pul-e-Khumri"})
    void offersEveryNameToTheMatcher(String name) {
        assertTrue(GAZETTEER.surfaceForms().contains(name), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dashte archi|district AF1906", "DASHT-E-ARCHI|district AF1906", "Hilmand|province AF30", "Helmand|province AF30",
            "Kābul|province AF01", "Paktia|province AF13", "Nad ‘Ali|district AF3002", "Gereshk|city AF3004",
            "Ghani Khel|city AF0616", "Afganistan|country null"})
    void normalisesSpellings(String name, String place) {
        assertEquals(place, lookup(name).get(0));
    }

    @Test
    void givesEveryCandidateOfAnAmbiguousName() {
        assertEquals(List.of("district AF2605", "district AF2702"), lookup("Arghandab"));
        assertEquals(List.of("district AF0114", "district AF1111"), lookup("Qara Bagh"));
        assertEquals(List.of("province AF14", "district AF1401"), lookup("Khost"));
        assertEquals(List.of("province AF27", "district AF2701"), lookup("Kandahar"));
    }

    @Test
    void knowsProvincialCapitalsAndTowns() {
        // each a town of its province (and some also the district of their name)
        for (String[] town : new String[][] {{"Mazar-i-Sharif", "AF21"}, {"Lashkar Gah", "AF30"}, {"Jalalabad", "AF06"}, {"Tarin Kowt", "AF25"}}) {
            List<String> found = lookup(town[0]);
            assertTrue(found.contains("city " + town[1]) || found.stream().anyMatch(s -> s.startsWith("city " + town[1])), town[0] + " " + found);
            assertEquals(List.of(town[1]), found.stream().map(s -> s.substring(s.indexOf(' ') + 1, s.indexOf(' ') + 5)).distinct().toList(), town[0]);
        }
    }

    @Test
    void findsPressSpellingsByTheirSkeleton() {
        for (String[] pair : new String[][] {{"Maiwand", "Maywand"}, {"Watahpur", "Watapur"}, {"Zharay", "Zheray"}}) {
            assertTrue(GAZETTEER.lookupVariant(pair[0]).stream().anyMatch(p -> p.country().equals("AFG") && p.name().equals(pair[1])),
                    pair[0]);
        }
        assertEquals(List.of(), GAZETTEER.lookup("Qwxzt"));
    }

    @Test
    void makesTheSkeletonOfConsonants() {
        assertEquals("zhr", PlaceNames.skeleton("Zharay", false));
        assertEquals(PlaceNames.skeleton("Kunar", false), PlaceNames.skeleton("Konar", false));
        assertEquals("dashtearchi", PlaceNames.key("Dasht-e-Archi", false));
    }
}
