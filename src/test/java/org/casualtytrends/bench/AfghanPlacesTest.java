package org.casualtytrends.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AfghanPlacesTest {
    private static final AfghanPlaces PLACES = AfghanPlaces.load("classpath:conf/gazetteer/afg_provinces.tsv",
            "classpath:conf/gazetteer/afg_districts.tsv", "classpath:conf/bench/provincial-capitals.txt");

    private static Map<String, AfghanPlaces.Province> byName() {
        Map<String, AfghanPlaces.Province> provinces = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 5000; i++) {
            AfghanPlaces.Province province = PLACES.anyProvince(random);
            provinces.put(province.name(), province);
        }
        return provinces;
    }

    @Test
    void readsAllProvincesWithTheirCapitalsAndDistricts() {
        Map<String, AfghanPlaces.Province> provinces = byName();
        assertEquals(34, provinces.size());
        AfghanPlaces.Province hilmand = provinces.get("Hilmand");
        assertEquals("Lashkar Gah", hilmand.capital());
        assertTrue(hilmand.districts().contains("Nad-e-Ali"), hilmand.districts().toString());
        assertEquals("Mazar-i-Sharif", provinces.get("Balkh").capital());
    }

    @Test
    void keepsOnlySpellingsANewsStoryWouldPrint() {
        Map<String, AfghanPlaces.Province> provinces = byName();
        assertEquals(List.of("Helmand"), provinces.get("Hilmand").otherSpellings());
        assertEquals(List.of("Sar-e Pul", "Sar-e Pol", "Sari Pul"), provinces.get("Sar-e-Pul").otherSpellings());
        assertEquals(List.of(), provinces.get("Kabul").otherSpellings());
    }

    @Test
    void backgroundIncidentsLieInAnotherProvince() {
        AfghanPlaces.Province kandahar = byName().get("Kandahar");
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 500; i++) {
            assertNotEquals(kandahar, PLACES.otherProvince(kandahar, random));
        }
    }
}
