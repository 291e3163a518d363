package org.casualtytrends.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casualtytrends.extract.DocumentFixture;
import org.casualtytrends.config.RuleBundle;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {
    private static final PlaceResolver RESOLVER = PlaceResolver.of(RuleBundle.packaged());

    /**
     * Each sentence's places as "OCHA name p-code" (the district's when there is one: a city of its district's
     * name is that district), a country as its ISO3 code.
     */
    private static List<List<String>> places(String lines) {
        return RESOLVER.resolve(DocumentFixture.of("t", LocalDate.of(2021, 3, 1), lines)).bySentence().stream()
                .map(sentence -> sentence.stream().map(l -> l.place().isCountry() ? l.place().country() : l.place().districtCode() != null
                        ? l.place().district() + " " + l.place().districtCode() : l.place().province() + " " + l.place().provinceCode()).toList())
                .toList();
    }

    @Test
    void takesANameAtTheLevelItsNextWordGives() {
        // a bare name is the city, in the district of its name (CODING-NOTES R6b)
        assertEquals(List.of(List.of("Kandahar AF27"), List.of("Kandahar AF2701"), List.of("Kandahar AF2701")),
                places("Two soldiers died in [Kandahar] province.\nA bomb went off in [Kandahar] district.\nFighting went on in [Kandahar]."));
        assertEquals(List.of(List.of("Matun AF1401", "Khost AF14")), places("Troops searched [Khost] district, [Khost] province."));
    }

    @Test
    void resolvesAnAmbiguousDistrictOnlyWithItsProvinceNamed() {
        assertEquals(List.of(List.of("Arghandab AF2702", "Kandahar AF27")),
                places("Police were attacked in [Arghandab] district of [Kandahar] province."));
        assertEquals(List.of(List.of("Kandahar AF2701"), List.of("Arghandab AF2702")),
                places("The governor of [Kandahar] spoke.\nA mine exploded in [Arghandab]."));
        // a district of two provinces, neither named: its country only (CODING-NOTES R6e)
        assertEquals(List.of(List.of("AFG")), places("A mine exploded in [Arghandab] district."));
    }

    @Test
    void letsTheProvinceWinOverADistrictOfAnotherProvince() {
        assertEquals(List.of(List.of("Ghazni AF11")), places("Troops raided a compound in [Khogyani] district, [Ghazni] province."));
        // the province's name is also a town of another country, or the country's capital: still one province here
        assertEquals(List.of(List.of("Faryab AF29")), places("A patrol was ambushed in [Ghormach] district, [Faryab] province."));
        assertEquals(List.of(List.of("Kabul AF01")), places("Police arrested two men in [Sarobi] district, [Kabul] province."));
    }

    @Test
    void keepsTheProvinceTheArticleGaveANameForItsLaterMentions() {
        assertEquals(List.of(List.of("Ghazni AF11"), List.of("Ghazni AF11")),
                places("Troops searched a compound in [Khogyani] district, [Ghazni] province.\nThe commander led fighters in [Khogyani] district."));
        // a name the article never paired with another province keeps the gazetteer's
        assertEquals(List.of(List.of("Khogyani AF0608")), places("The commander led fighters in [Khogyani] district."));
    }

    @Test
    void findsDistrictsTheMatcherMissedBySkeleton() {
        assertEquals(List.of(List.of("Zheray AF2705", "Kandahar AF27")), places("Two men were detained in Zharay district, [Kandahar] province."));
    }

    @Test
    void leavesDatelinesAndLowerCaseWordsOut() {
        DocumentPlaces places = RESOLVER.resolve(DocumentFixture.of("t", LocalDate.of(2011, 1, 10),
                "[KABUL], [Afghanistan] (Jan. 10, 2011) - Troops killed two insurgents in [Sangin] district.\nShe wore a [burka]."));
        assertEquals(List.of("Sangin"), places.bySentence().get(0).stream().map(l -> l.place().name()).toList());
        assertEquals(List.of(), places.bySentence().get(1));
        assertEquals(1, places.datelines().size());
        assertEquals("AFG", places.mainCountry());
    }

    @Test
    void leavesWireDatelinesOut() {
        DocumentPlaces places = RESOLVER.resolve(DocumentFixture.of("t", LocalDate.of(2013, 7, 8),
                "[KABUL], July 8 (Daily Courier) - Three villagers died when a bomb went off in [Nangarhar] province.\n"
                        + "[HERAT] (Wire Agency) – Police said two men were detained in [Herat]."));
        assertEquals(List.of("Nangarhar"), places.bySentence().get(0).stream().map(l -> l.place().name()).toList());
        assertEquals(List.of("Hirat"), places.bySentence().get(1).stream().map(l -> l.place().district()).toList());
        assertEquals(2, places.datelines().size());
    }

    @Test
    void readsADatelineAfterALabelInCapitals() {
        DocumentPlaces places = RESOLVER.resolve(DocumentFixture.of("t", LocalDate.of(2011, 1, 12),
                "[KABUL], [Afghanistan] (Jan. 10, 2011) - Troops killed two insurgents in [Sangin] district.\n"
                        + "UPDATE: [KABUL], [Afghanistan] (Jan. 12, 2011) - A third insurgent died of his wounds."));
        assertEquals(2, places.datelines().size());
        assertEquals(List.of(), places.bySentence().get(1));
    }

    @Test
    void keepsANameInsideAPersonsNameOutButNotOneBeforeAFeatureOrADay() {
        assertEquals(List.of(List.of()), places("Troops shot the commander, [Malawi] Khan, when he ran."));
        assertEquals(List.of(List.of("Watapur AF1503", "Kunar AF15")), places("Soldiers searched the [Watapur] Valley in [Kunar] province."));
        assertEquals(List.of(List.of("AFG")), places("Two soldiers died in [Afghanistan] Sunday."));
    }

    @Test
    void keepsTheNameOfAPersonOrAnOutletOut() {
        assertEquals(List.of(List.of("Kunduz AF19")), places("Two soldiers died in [Kunduz] province, the [Khost] news agency said."));
        assertEquals(List.of(List.of("Kunar AF15")), places("Mr. [Ghazni] said a bomb killed two men in [Kunar] province."));
        assertEquals(List.of(List.of()), places("The TV station [Paktika] reported the attack."));
        assertEquals(List.of(List.of("Khost AF14")), places("A drone strike hit a compound in [Khost] province on Monday, [Khost] radio said."));
    }

    @Test
    void findsANameWithAnotherSpellingOfItsInnerArticleThatTheMatcherMissed() {
        // written without brackets: the matcher, which knows "Deir ez-Zor", did not mark these spellings
        assertEquals(List.of(List.of("Deir-ez-Zor SY0901")), places("Militants attacked the city of Deir el-Zour on Saturday."));
        assertEquals(List.of(List.of("Deir-ez-Zor SY09")), places("Two soldiers died in Deir al-Zor province."));
        // a word of it that the matcher took for a name of its own gives way
        assertEquals(List.of(List.of("Deir-ez-Zor SY0901")), places("Militants attacked the city of [Deir] el-Zour on Saturday."));
        // a person's name with an inner article is no place
        assertEquals(List.of(List.of()), places("President Bashar al-Assad spoke on Saturday."));
    }

    @Test
    void givesPlacesOfTwoProvincesNamedTogetherTheirCountry() {
        assertEquals(List.of(List.of("AFG")), places("Bombs killed 20 people in [Kunduz] and [Kandahar] on Monday."));
        // operations in several provinces ("... provinces") are summed apart, each province stays
        assertEquals(List.of(List.of("Kunduz AF1901", "Khost AF14")), places("Troops detained 12 men in [Kunduz] and [Khost] provinces."));
        assertEquals(List.of(List.of("Khost AF14", "Kandahar AF2701", "Nangarhar AF06")),
                places("Troops detained 12 men in [Khost], [Kandahar] and [Nangarhar] provinces."));
        // one province's places, or places in different roles, stay
        assertEquals(List.of(List.of("Kandahar AF2701", "Kunduz AF19")), places("A man from [Kandahar] was killed in [Kunduz] province."));
    }
}
