package org.casualtytrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtytrends.model.Incident;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Incidents placed in fourteen countries from one sentence each: the variants news writes (Ar-Raqqa /
 * Raqqa, Al-Anbar / Anbar, Deir ez-Zor / Deir el-Zour), cities to their ADM1 (and to the ADM2 of their
 * name, CODING-NOTES R6b: Mosul, Peshawar, Kabul), "near" a city giving its province (R6c: Sirte, Gao),
 * a capital over the suburbs elsewhere that share its name (Sanaa), a city that is an English word placed
 * only with its country named (Nice), a country outside the OCHA list at country precision (France), and
 * Punjab (India and Pakistan) at country precision without context, in Pakistan with it.
 */
class WorldPlacesTest {
    private static final IncidentExtractor EXTRACTOR = IncidentExtractor.defaults();
    private static final LocalDate P = LocalDate.of(2021, 3, 15);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A car bomb killed nine people near a market in [Ar-Raqqa] on Sunday, a monitoring group said. | SYR SY11 SY1101 district",
            "Air strikes killed 14 civilians in [Raqqa] province on Sunday, activists said. | SYR SY11 null province",
            "A suicide bomber killed 11 soldiers at a checkpoint in [Al-Anbar] province on Sunday. | IRQ IQG01 null province",
            "Mortar fire killed six people in [Anbar] on Sunday, police said. | IRQ IQG01 null province",
            "Shelling killed eight civilians in [Deir ez-Zor] on Sunday, the Observatory said. | SYR SY09 SY0901 district",
            "Clashes killed 17 fighters in [Deir el-Zour] province on Sunday, the monitor said. | SYR SY09 null province",
            "A roadside bomb killed five policemen in [Mosul] on Sunday. | IRQ IQG15 IQG15Q05 district",
            "Barrel bombs killed 23 people in [Aleppo] on Sunday, rescuers said. | SYR SY02 null province",
            "A suicide bomber killed seven people at a court in [Peshawar] on Sunday. | PAK PK5 PK528 district",
            "Gunmen killed four policemen in [Quetta] on Sunday, officials said. | PAK PK2 PK226 district",
            "A car bomb killed 12 people near a hotel in [Mogadishu] on Sunday. | SOM SO22 null province",
            "Two suicide bombers killed 19 people at a market in [Maiduguri] on Sunday. | NGA NG008 NG008021 district",
            "A car bomb killed ten soldiers at a checkpoint in [Aden] on Sunday. | YEM YE24 null province",
            "Air strikes killed 15 people in [Sanaa] on Sunday, residents said. | YEM YE13 null province",
            "Clashes killed 13 fighters in [Benghazi] on Sunday, a hospital official said. | LBY LY01 LY0103 district",
            "A suicide bomber killed six fighters at a checkpoint near [Sirte] on Sunday. | LBY LY02 null province",
            "A suicide bomber killed ten people in central [Istanbul] on Sunday. | TUR TUR034 null province",
            "A car bomb killed three police officers in [Diyarbakir] on Sunday. | TUR TUR021 null province",
            "Gunmen killed nine soldiers near [Gao] on Sunday, the army said. | MLI ML07 null province",
            "A suicide bomber killed 14 people in [Kabul] on Sunday. | AFG AF01 AF0101 district",
            "Police said a bomb killed four people in [Punjab] on Sunday. | null null null country",
            "[Pakistani] police said a bomb killed four people in [Punjab] on Sunday. | PAK PK6 null province",
            "A truck driver killed 84 people in [Nice] on Sunday, [French] officials said. | FRA null null country",
            "Militants killed 12 soldiers in [North Sinai] on Sunday, [Egyptian] officials said. | EGY EG34 null province",
            "Gunmen killed seven people in [Dhaka] on Sunday. | BGD BD30 BD3026 district",
            "Shelling killed three soldiers near [Donetsk] on Sunday, [Ukrainian] officials said. | UKR UA14 null province"
    })
    void placesTheIncidentInItsCountryAndProvince(String sentence, String expected) {
        List<Incident> incidents = EXTRACTOR.extract(DocumentFixture.of("w", P, sentence));
        assertEquals(1, incidents.size(), sentence);
        Incident i = incidents.get(0);
        assertEquals(expected, i.country() + " " + i.provinceCode() + " " + i.districtCode() + " " + i.locationPrecision().code(), sentence);
    }
}
