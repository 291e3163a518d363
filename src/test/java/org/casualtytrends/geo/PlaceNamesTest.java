package org.casualtytrends.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ar-Raqqa|Raqqa", "ar-Raqqah|Raqqa", "al-Raqqa|Raqqa", "Al-Anbar|Anbar", "Anbar province|Anbar",
            "al Anbar Governorate|ANBAR", "Deir-ez-Zor|Deir ez Zor", "Deir ez-Zor|Deir al-Zor", "Sana'a|Sanaa",
            "Ta‘izz|Taizz", "Lattakia|Latakia", "Fallujah|Falluja", "Al-Falluja|Fallujah", "As-Sweida|Sweida",
            "Ash Sharqiyah|Sharqiyah", "Salah ad Din|Salah al-Din", "Muhafazat Ninawa|Ninawa", "Borno State|Borno",
            "the Gambia|Gambia", "Province of Sindh|Sindh", "Diyarbakır|Diyarbakir", "Şanlıurfa|Sanliurfa"})
    void spellingsOfOneNameMeet(String one, String other) {
        assertEquals(PlaceNames.key(other, true), PlaceNames.key(one, true));
    }

    @Test
    void theArticleIsAWordOfNamesOutsideTheArabicSpeakingCountries() {
        assertNotEquals(PlaceNames.key("Salvador", false), PlaceNames.key("El Salvador", false));
        assertEquals("elsalvador", PlaceNames.key("El Salvador", false));
        // An assimilated article only before its own consonant: "An Giang" keeps its "an".
        assertEquals("angiang", PlaceNames.key("An Giang", true));
        assertEquals("najaf", PlaceNames.key("An Najaf", true));
    }

    @Test
    void aGenericWordAloneIsStillAName() {
        assertEquals("region", PlaceNames.key("Region", false));
        assertEquals(List.of("centre"), PlaceNames.coreWords("Centre Region", false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Al-Hasakeh|Hasakah", "Idlib|Idleb", "Sharqia|Sharkia", "Salahuddin|Salah ad-Din", "Deir el-Zour|Deir-ez-Zor",
            "Hilmand|Helmand", "Ninewa|Ninawa"})
    void transliterationsMeetByTheirSkeleton(String one, String other) {
        assertNotEquals(PlaceNames.key(other, true), PlaceNames.key(one, true));
        assertEquals(PlaceNames.skeleton(other, true), PlaceNames.skeleton(one, true));
    }

    @Test
    void spellingsForTheMatcherKeepInnerArticlesAndAddThePressArticle() {
        assertEquals(List.of("Raqqah", "al-Raqqah"), PlaceNames.spellings("Ar Raqqah", true));
        assertEquals(List.of("Al-Raqqah", "Raqqah", "al-Raqqah"), PlaceNames.spellings("Al-Raqqah", true));
        assertEquals(List.of("Hague"), PlaceNames.spellings("The Hague", false));
        assertEquals(List.of("Deir ez-Zor"), PlaceNames.spellings("Deir ez-Zor", true));
        assertEquals(List.of("Diyarbakır Province", "Diyarbakir Province", "Diyarbakir"),
                PlaceNames.spellings("Diyarbakır Province", false));
        // A generic word stays when the rest would be too short to be a name: "Region I" is not "I".
        assertEquals(List.of("Region I"), PlaceNames.spellings("Region I (Ilocos Region)", false));
        assertEquals("regioni", PlaceNames.key("Region I", false));
        assertEquals(List.of("El Salvador"), PlaceNames.spellings("El Salvador", false));
    }

    /** A look-up reads a name's words once for both its keys: the same keys as made one at a time. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"An Najaf", "Al-Anbar Governorate", "Deir ez-Zor", "El Salvador", "The Hague",
            "Salah ad Din", "Province of Sindh", "As Sulaymaniyah", "Kabul", "Ash Sharqiyah", "al", "Region I (Ilocos Region)",
            "Şanlıurfa", "An Giang", "Ad Dawr", "Sana'a", "-", "Taliban fighters attacked"})
    void bothKeysAtOnceAreTheKeysOneAtATime(String name) {
        assertEquals(List.of(PlaceNames.key(name, false), PlaceNames.key(name, true)), List.of(PlaceNames.keys(name)));
        assertEquals(List.of(PlaceNames.skeleton(name, false), PlaceNames.skeleton(name, true)), List.of(PlaceNames.skeletons(name)));
    }
}
