package org.casualtytrends.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.defaults();

    /** The candidates of a name as "level code" (the district's p-code when there is one). */
    private static List<String> lookup(String name) {
        return GAZETTEER.lookup(name).stream()
                .map(p -> p.level().name().toLowerCase() + " " + (p.districtCode() != null ? p.districtCode() : p.provinceCode()))
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
            "Kābul|province AF01", "Paktia|province AF13", "Nad ‘Ali|district AF3002", "Gereshk|town AF3004",
            "Ghani Khel|town AF0616", "Afganistan|country null"})
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
        assertEquals("AF21", GAZETTEER.lookup("Mazar-i-Sharif").get(0).provinceCode());
        assertEquals("AF30", GAZETTEER.lookup("Lashkar Gah").get(0).provinceCode());
        assertEquals("AF06", GAZETTEER.lookup("Jalalabad").get(0).provinceCode());
        assertEquals("AF25", GAZETTEER.lookup("Tarin Kowt").get(0).provinceCode());
    }

    @Test
    void findsPressSpellingsByTheirSkeleton() {
        assertEquals("Maywand", GAZETTEER.lookupVariant("Maiwand").get(0).name());
        assertEquals("Watapur", GAZETTEER.lookupVariant("Watahpur").get(0).name());
        assertEquals("Zheray", GAZETTEER.lookupVariant("Zharay").get(0).name());
        assertEquals(List.of(), GAZETTEER.lookup("Springfield"));
    }

    @Test
    void makesTheSkeletonOfConsonants() {
        assertEquals("zhr", PlaceNames.skeleton("Zharay"));
        assertEquals(PlaceNames.skeleton("Kunar"), PlaceNames.skeleton("Konar"));
        assertEquals("dashtearchi", PlaceNames.key("Dasht-e-Archi"));
    }
}
