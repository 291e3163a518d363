package org.casualtytrends.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.defaults();

    /** A name's candidates as "KIND country province district" (codes; "-" for none). */
    private static Set<String> candidates(List<Place> places) {
        return places.stream()
                .map(p -> p.kind() + " " + p.country() + " " + dash(p.provinceCode()) + " " + dash(p.districtCode()))
                .collect(Collectors.toSet());
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ar-Raqqa|PROVINCE SYR SY11 -", "Raqqa|PROVINCE SYR SY11 -", "al-Raqqa province|PROVINCE SYR SY11 -",
            "Al-Anbar|PROVINCE IRQ IQG01 -", "Anbar|PROVINCE IRQ IQG01 -", "Anbar Province|PROVINCE IRQ IQG01 -",
            "Deir-ez-Zor|PROVINCE SYR SY09 -", "Deir ez-Zor|PROVINCE SYR SY09 -", "Deir el-Zour|CITY SYR SY09 SY0901",
            "Deir al-Zor|CITY SYR SY09 SY0901", "Sana'a|PROVINCE YEM YE23 -", "Sanaa|CITY YEM YE13 -",
            "Nineveh province|PROVINCE IRQ IQG15 -", "Ninewa Governorate|PROVINCE IRQ IQG15 -", "Lattakia|CITY SYR SY06 SY0600",
            "Latakia|PROVINCE SYR SY06 -", "Diyarbakir|PROVINCE TUR TUR021 -", "Borno State|PROVINCE NGA NG008 -",
            "Falluja|DISTRICT IRQ IQG01 IQG01Q01", "Fallujah|CITY IRQ IQG01 IQG01Q01", "Sadr City|DISTRICT IRQ IQG08 IQG08Q07",
            "West Bank|PROVINCE PSE PS01 -", "Dki Jakarta|PROVINCE IDN ID31 -", "Jakarta|CITY IDN ID31 -",
            "Banadir|PROVINCE SOM SO22 -", "Centre|PROVINCE BFA BF13 -", "Sousse|DISTRICT TUN TN3 TN31", "Tunis|CITY TUN TN1 TN11",
            "Derna|DISTRICT LBY LY01 LY0101", "Bekaa|PROVINCE LBN LB2 -", "Baalbek-Hermel|PROVINCE LBN LB8 -"})
    void resolvesTheVariantsNewsWrites(String name, String expected) {
        assertTrue(candidates(GAZETTEER.lookup(name)).contains(expected), () -> name + ": " + candidates(GAZETTEER.lookup(name)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mosul|IRQ IQG15 IQG15Q05", "Fallujah|IRQ IQG01 IQG01Q01", "Ramadi|IRQ IQG01 IQG01Q03", "Aleppo|SYR SY02 -",
            "Homs|SYR SY04 SY0401", "Latakia|SYR SY06 SY0600", "Peshawar|PAK PK5 PK528", "Quetta|PAK PK2 PK226",
            "Lahore|PAK PK6 PK617", "Mogadishu|SOM SO22 -", "Maiduguri|NGA NG008 NG008021", "Aden|YEM YE24 -",
            "Sanaa|YEM YE13 -", "Benghazi|LBY LY01 LY0103", "Sirte|LBY LY02 LY0208", "Istanbul|TUR TUR034 -",
            "Diyarbakir|TUR TUR021 -", "Baghdad|IRQ IQG08 -", "Damascus|SYR SY01 SY0100", "Kabul|AFG AF01 AF0101",
            "Juba|SSD SS01 SS0101", "Dhaka|BGD BD30 BD3026", "Ouagadougou|BFA BF13 -", "Kilis|TUR TUR079 TUR079002"})
    void placesTheCitiesOfTheConflictCountries(String name, String expected) {
        Set<String> cities = GAZETTEER.lookup(name).stream().filter(p -> p.kind() == Place.Kind.CITY)
                .map(p -> p.country() + " " + dash(p.provinceCode()) + " " + dash(p.districtCode())).collect(Collectors.toSet());
        assertTrue(cities.contains(expected), () -> name + ": " + cities);
    }

    @Test
    void aCityInAnAdm2OfAnotherNameStaysAtProvinceLevelAndKeepsItsEnclosingUnit() {
        Place aleppo = GAZETTEER.lookup("Aleppo").stream().filter(p -> p.kind() == Place.Kind.CITY && p.country().equals("SYR"))
                .findFirst().orElseThrow();
        assertEquals("province", aleppo.precision());
        assertEquals("Aleppo", aleppo.provinceName());
        Place msaken = GAZETTEER.lookup("Msaken").stream().filter(p -> p.country().equals("TUN")).findFirst().orElseThrow();
        assertEquals("province", msaken.precision());
        assertEquals("TN31", msaken.enclosingDistrict());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Iraqi|IRQ DEMONYM", "Iraqis|IRQ DEMONYM", "Syrian|SYR DEMONYM", "Syria|SYR NAME", "Syrian Arab Republic|SYR NAME",
            "the Democratic Republic of Congo|COD NAME", "DRC|COD NAME", "Ivory Coast|CIV NAME", "Turkish|TUR DEMONYM",
            "Turkey|TUR NAME", "Pakistani|PAK DEMONYM", "Somali|SOM DEMONYM", "Nigerian|NGA DEMONYM", "Belgian|BEL DEMONYM",
            "French|FRA DEMONYM", "Israeli|ISR DEMONYM", "Palestinian|PSE DEMONYM", "Afghan|AFG DEMONYM", "Afghans|AFG DEMONYM",
            "Yemen|YEM NAME", "U.S.|USA NAME", "UK|GBR NAME", "Britain|GBR NAME", "Burma|MMR NAME", "Kabul|AFG CAPITAL",
            "Ankara|TUR CAPITAL", "Mogadishu|SOM CAPITAL", "Brussels|BEL CAPITAL"})
    void findsCountriesByNameDemonymAndCapital(String name, String expected) {
        Set<String> found = GAZETTEER.countries(name).stream().map(m -> m.country().iso3() + " " + m.via()).collect(Collectors.toSet());
        assertTrue(found.contains(expected), () -> name + ": " + found);
    }

    @Test
    void knowsWhichCountriesHaveOchaProvinces() {
        assertTrue(GAZETTEER.country("IRQ").orElseThrow().inOcha());
        assertFalse(GAZETTEER.country("FRA").orElseThrow().inOcha());
        assertEquals(250, GAZETTEER.countries().size());
    }

    @Test
    void countriesOutsideTheOchaListGiveCountryPrecision() {
        Set<String> paris = candidates(GAZETTEER.lookup("Paris"));
        assertTrue(paris.contains("CITY FRA - -"), paris::toString);
        assertTrue(candidates(GAZETTEER.lookup("Brussels")).contains("CITY BEL - -"));
        assertTrue(candidates(GAZETTEER.lookup("Bavaria")).contains("REGION DEU - -"));
    }

    @Test
    void punjabIsInIndiaAndInPakistan() {
        Set<String> punjab = candidates(GAZETTEER.lookup("Punjab"));
        assertTrue(punjab.contains("PROVINCE PAK PK6 -"), punjab::toString);
        assertTrue(punjab.contains("REGION IND - -"), punjab::toString);
    }

    @Test
    void aDistrictNamedLikeAProvinceElsewhereGivesBoth() {
        Set<String> gaza = candidates(GAZETTEER.lookup("Gaza"));
        assertTrue(gaza.contains("PROVINCE MOZ MZ02 -"), gaza::toString);
        assertTrue(gaza.contains("DISTRICT PSE PS02 PS0260"), gaza::toString);
        Set<String> bali = candidates(GAZETTEER.lookup("Bali"));
        assertTrue(bali.contains("PROVINCE IDN ID51 -"), bali::toString);
        assertTrue(bali.contains("DISTRICT NGA NG035 NG035002"), bali::toString);
    }

    @Test
    void jerusalemUnqualifiedIsIsraelsCityEastJerusalemIsTheWestBanks() {
        Set<String> jerusalem = candidates(GAZETTEER.lookup("Jerusalem"));
        assertTrue(jerusalem.contains("CITY ISR - -"), jerusalem::toString);
        assertTrue(candidates(GAZETTEER.lookup("East Jerusalem")).contains("DISTRICT PSE PS01 PS0140"));
        assertTrue(candidates(GAZETTEER.lookup("Tel Aviv")).contains("CITY ISR - -"));
    }

    @Test
    void aSkeletonFindsTransliterationsTheKeyMisses() {
        assertTrue(GAZETTEER.lookup("Deyr ez-Zur").isEmpty());
        assertTrue(candidates(GAZETTEER.lookupVariant("Deyr ez-Zur")).contains("PROVINCE SYR SY09 -"));
        assertTrue(GAZETTEER.lookupVariant("Ab").isEmpty());
    }

    @Test
    void offersSpellingsToTheMatcherAndFlagsOrdinaryWords() {
        List<String> forms = GAZETTEER.surfaceForms();
        for (String form : List.of("Raqqah", "al-Raqqah", "Deir ez-Zor", "Diyarbakir", "Mosul", "Fallujah", "Iraq", "West Bank")) {
            assertTrue(forms.contains(form), form);
        }
        assertTrue(GAZETTEER.commonWordForms().containsAll(List.of("centre", "south", "west bank", "turkey", "mobile")));
        assertFalse(GAZETTEER.commonWordForms().contains("mosul"));
        assertTrue(GAZETTEER.unit("IQG01").orElseThrow().name().equals("Al-Anbar"));
    }

    @Test
    void badTablesFailNamingTheFileAndLine(@TempDir Path dir) {
        String header = "geonames_admin1\tiso3\tgeonames_names\tocha_pcode\tocha_level\tmatch\n";
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.of(TestRules.with(dir.resolve("a"), RuleFile.WORLD_ADM1, header + "IQ.01\tIRQ\tAnbar\tIQG99\t1\tname\n")));
        assertTrue(unknown.getMessage().matches(".*gazetteer/world_adm1.tsv:2: unknown OCHA p-code IQG99 in ocha_pcode .*"),
                unknown.getMessage());

        IllegalArgumentException town = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.of(TestRules.with(dir.resolve("b"), RuleFile.TOWNS,
                        "name\talt_names\tprovince_pcode\tdistrict_pcode\nGereshk\t\tAF30\tAF2701\n")));
        assertTrue(town.getMessage().matches(".*gazetteer/towns.tsv:2: unknown district p-code 'AF2701' for province AF30 .*"),
                town.getMessage());

        IllegalArgumentException cue = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.of(TestRules.with(dir.resolve("c"), RuleFile.COUNTRY_CUES, "phrase\tiso3\nISAF\tXYZ\n")));
        assertTrue(cue.getMessage().matches(".*gazetteer/country_cues.tsv:2: unknown country XYZ .*"), cue.getMessage());
    }

    @Test
    void givesProvincesTheirCommonEnglishName() {
        assertEquals("Helmand", GAZETTEER.unit("AF30").orElseThrow().provinceName());
        assertEquals("Hilmand", GAZETTEER.unit("AF30").orElseThrow().province());
        assertEquals("Nineveh", GAZETTEER.unit("IQG15").orElseThrow().provinceName());
        assertEquals("Sanaa", GAZETTEER.unit("YE23").orElseThrow().provinceName());
        assertEquals("Herat", GAZETTEER.unit("AF3201").orElseThrow().provinceName());
        assertEquals("Helmand", GAZETTEER.lookup("Lashkar Gah").get(0).provinceName());
    }
}
