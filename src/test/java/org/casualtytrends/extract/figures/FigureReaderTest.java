package org.casualtytrends.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.casualtytrends.config.RuleBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureReaderTest {
    private static final FigureReader READER = FigureReader.load(RuleBundle.packaged(), ClauseMarkers.load(RuleBundle.packaged()));

    /** The figures of a sentence as "kind value group cohort", in order. */
    private static List<String> read(String sentence) {
        return read(sentence, new ReadingContext());
    }

    private static List<String> read(String sentence, ReadingContext context) {
        return READER.read(sentence, List.of(), context).figures().stream()
                .map(f -> f.kind().code() + " " + f.value() + (f.vague() ? "~" : "") + " " + f.group().code() + " " + f.cohort().name().toLowerCase())
                .toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Gunmen killed four policemen at a checkpoint.|killed 4 security_forces generic",
            "Police fatally shot three gunmen who opened fire on them.|killed 3 militants generic",
            "Troops shot and killed two teenagers who threw stones.|killed 2 civilians generic",
            "Nine tourists were stabbed to death on the beach.|killed 9 civilians generic",
            "A mob hacked to death four villagers.|killed 4 civilians generic",
            "Four policemen were killed at a checkpoint.|killed 4 security_forces generic",
            "The blast left six people dead.|killed 6 unknown generic",
            "Nine villagers died when the roof collapsed.|killed 9 civilians generic",
            "Eleven soldiers lost their lives in the ambush.|killed 11 security_forces generic",
            "Three policemen were martyred in the clash.|killed 3 security_forces generic",
            "Residents found the bodies of seven farmers.|killed 7 civilians generic",
            "Police recovered five bodies from the river.|killed 5 unknown generic",
            "The strike resulted in twelve insurgent deaths.|killed 12 militants generic",
            "Two children were hurt by flying glass.|injured 2 civilians generic",
            "The explosion wounded 23 worshippers.|injured 23 civilians generic",
            "Eight soldiers were injured on patrol.|injured 8 security_forces generic",
            "Two border guards went missing after the raid.|missing 2 security_forces generic",
            "Police arrested three suspects near the market.|captured 3 militants generic",
            "Gunmen abducted two aid workers on the highway.|captured 2 civilians generic",
            "Four engineers were kidnapped on Sunday.|captured 4 civilians generic",
            "Five passengers were taken hostage by the gunmen.|captured 5 civilians generic",
            "Troops detained a Taliban commander in the village.|captured 1 militants target",
            "Officials confirmed the arrest of a Haqqani financier.|captured 1 militants target"})
    void readsEachKindInEachConstruction(String sentence, String figure) {
        assertEquals(List.of(figure), read(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Three American soldiers were killed by a roadside bomb.|killed 3 foreign_forces generic",
            "Two NATO service members died in the attack.|killed 2 foreign_forces generic",
            "Seven members of the Afghan army were killed.|killed 7 security_forces generic",
            "Six security personnel were injured.|injured 6 security_forces generic",
            "Four civilian bodies were found in the orchard.|killed 4 civilians generic",
            "Ten Taliban fighters were killed in the airstrike.|killed 10 militants generic",
            "Fifteen people were killed in the blast.|killed 15 unknown generic"})
    void tellsVictimGroups(String sentence, String figure) {
        assertEquals(List.of(figure), read(sentence));
    }

    @Test
    void readsEachClauseOfACoordinatedSentence() {
        assertEquals(List.of("killed 2 militants generic", "captured 9 militants generic"),
                read("The patrol killed two militants and detained nine others after the ambush."));
        assertEquals(List.of("killed 14 militants generic", "injured 1 militants generic"),
                read("The clash left 14 insurgents killed and one wounded."));
    }

    @Test
    void givesAnEllipticalNumberTheGroupNamedBefore() {
        assertEquals(List.of("killed 20 security_forces generic", "captured 3 security_forces generic"),
                read("The militants said 20 soldiers were killed and three were captured."));
    }

    @Test
    void countsVictimsAndAttackersWhenBothDied() {
        assertEquals(List.of("killed 5 security_forces generic", "killed 3 militants generic"),
                read("Five policemen and three attackers were killed in the gunfight."));
    }

    @Test
    void countsAnIncludedVictimOnce() {
        assertEquals(List.of("killed 4 militants total"),
                read("Troops killed four insurgents, including a local Taliban commander, near the river."));
        assertEquals(List.of("captured 3 militants total"),
                read("Police arrested three suspects in the bazaar on Friday, including a bomb maker."));
    }

    @Test
    void readsNoBreakdownOfATotalAlreadyGiven() {
        assertEquals(List.of(), read("Ten of them were members of the border police and two of them were cadets."));
        assertEquals(List.of(), read("One of the men detained is a known bomb maker."));
    }

    @Test
    void readsNoOneKilledAsZero() {
        assertEquals(List.of("killed 0 unknown generic"), read("No one was killed in the explosion."));
        assertEquals(List.of("injured 0 civilians generic"), read("No civilians were injured during the search."));
    }

    @Test
    void readsTheCountADeathTollRoseToAloneAndAWarsTollNot() {
        assertEquals(List.of("killed 45 unknown generic", "injured 588 unknown generic"),
                read("The death toll rose to 45 and 588 were injured, the ministry said."));
        assertEquals(List.of("killed 45 unknown generic"), read("The death toll has risen to at least 45, officials said."));
        assertEquals(List.of("killed 12 unknown generic", "killed 45 unknown generic"),
                read("Twelve people were killed on Friday, raising the death toll to 45."));
        assertEquals(List.of("killed 14 unknown generic", "injured 29 unknown generic"),
                read("Local radio put the death toll at 14 people with 29 wounded."));
        assertEquals(List.of(), read("The death toll in the five-year war has risen to 400,000."));
    }

    @Test
    void readsANumberAfterAMonthAsADayNotACount() {
        // no count of 29 (the noun after a determiner and a date is not read as an arrest either: told elsewhere)
        assertEquals(List.of(), read("Officials confirmed the Aug. 29 arrest of a Taliban leader in the district."));
        assertEquals(List.of("killed 1 militants target"), read("The March 3 death of a Taliban commander was confirmed."));
    }

    @Test
    void countsATitledOrNamedPersonAsATarget() {
        assertEquals(List.of("killed 1 militants target", "killed 1 militants generic"),
                read("Commandos killed the Taliban commander Gul Agha and one other fighter."));
        assertEquals(List.of("killed 1 militants target"), read("Mullah Karim, a Taliban shadow governor, was killed in the strike."));
        assertEquals(List.of("killed 1 unknown fallback"), read("The soldiers returned fire, killing him."));
    }

    @Test
    void takesDefiniteNounsFromTheirAntecedent() {
        ReadingContext context = new ReadingContext();
        read("Several armed men fired on the convoy from a ridge.", context);
        assertEquals(List.of("killed 3~ militants total"), read("The armed men were killed by the helicopter crew.", context));
    }

    @Test
    void countsTheUncountedMembersOfAUnitAsSeveral() {
        assertEquals(List.of("killed 3~ militants generic"), read("A Taliban rocket crew was killed by a drone strike near the ridge."));
        assertEquals(List.of("captured 2 militants generic"), read("A coalition team detained two suspects at the checkpoint."));
    }

    @Test
    void readsOneOfThemBeforeANounAsPartOfTheTotal() {
        ReadingContext context = new ReadingContext();
        read("Four gunmen opened fire on the outpost at dawn.", context);
        assertEquals(List.of("killed 4 militants total"),
                read("The gunmen, one of them a wanted Taliban commander, were all killed.", context));
        assertEquals(List.of("captured 2 militants total"),
                read("Police detained two suspects, one of whom a known bomb maker, near the bridge."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "There are still 9,000 foreign troops in the country.",
            "More than 2,000 insurgents have been killed since January.",
            "Afghan and coalition forces detained 40 suspects during five separate operations.",
            "The commander is linked to a bombing that killed six soldiers last year.",
            "Forces launched an operation to capture the commander.",
            "He was the seventh leader captured or killed this month.",
            "Gunmen killed and wounded 20 people in the market.",
            "Nearly 60 fighters were killed and wounded in the battle, the army said.",
            "The civil war, which has left more than 250,000 people dead, entered its sixth year.",
            "Hundreds of soldiers have been killed in the renewed insurgency.",
            "A total of 90 rebels were killed in air raids between June 3 and June 20, the ministry said.",
            "The leader was previously detained by coalition forces in 2009."})
    void readsNoFigureOfTroopLevelsTotalsRecordsPlansOrAmbiguity(String sentence) {
        assertEquals(List.of(), read(sentence));
    }

    @Test
    void readsNoFigureOfAGerundAfterAPreposition() {
        assertEquals(List.of("captured 1 unknown fallback"), read("He was arrested for killing two police officers."));
    }

    @Test
    void readsVagueAndOperatorFigures() {
        assertEquals(List.of("killed 3~ militants generic"), read("Several insurgents were killed in the exchange."));
        assertEquals(List.of("killed 13 security_forces generic"), read("At least 13 soldiers were killed overnight."));
        assertEquals(List.of("injured 41 unknown generic"), read("Over 40 people were wounded in the blast."));
    }

    @Test
    void readsWordsThatTheSourceRanTogetherOrSplitWithAStrayCharacter() {
        assertEquals(List.of("captured 3~ militants generic"), read("The force detained severalsuspected insurgents in the compound."));
        assertEquals(List.of("killed 2 militants generic"), read("Two insurgentswere killed by the patrol."));
        assertEquals(List.of("killed 2 militants generic"), read("The patrol killedtwo insurgents near the river."));
        assertEquals(List.of("killed 2 militants generic"), read("The patrol killed two insur\u00adgents near\u00a0the river."));
        // words of the lexicons run together only across a number, a casualty word, or a noun and a function word
        assertEquals(List.of(), read("Insurgents often killed civilians in the area."));
        assertEquals(List.of("killed 1 militants target"), read("The overall commander was killed."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Officials confirmed the death of Mullah Nasir, a Taliban commander.|killed 1 militants target",
            "The raid resulted in the death of a senior insurgent leader.|killed 1 militants target",
            "The patrol engaged the woman, resulting in her death.|killed 1 unknown fallback",
            "Officials announced the capture of a Haqqani facilitator.|captured 1 militants target",
            "A suspected bomb maker was taken into custody by the patrol.|captured 1 militants target",
            "The force took two armed men into custody.|captured 2 militants generic",
            "Three insurgents surrendered to the patrol.|captured 3 militants generic"})
    void readsDeathAndCaptureAsNouns(String sentence, String figure) {
        assertEquals(List.of(figure), read(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Troops killed Taliban leader Wali near the river.|killed 1 militants target",
            "A senior commander, Muhammad Karim, was killed in the strike.|killed 1 militants target",
            "The patrol arrested a suspected bomb maker.|captured 1 militants target",
            "The detained facilitator was questioned at the base.|captured 1 militants target",
            "Two detained suspects were later released.|captured 2 militants generic"})
    void countsOnePersonNamedOrDescribedInTheSingular(String sentence, String figure) {
        assertEquals(List.of(figure), read(sentence));
    }

    @Test
    void readsAParticipleBeforeTheNounAsWhatBefellThem() {
        assertEquals(List.of("captured 2 militants generic", "injured 2 militants generic"),
                read("The force detained two wounded insurgents."));
    }

    @Test
    void countsEachOfCoordinatedVictims() {
        assertEquals(List.of("killed 1 unknown target", "killed 1 militants generic"), read("Forces killed Qari Hamid and his associate."));
        assertEquals(List.of("captured 1 militants target", "captured 1 militants target", "captured 2 militants generic"),
                read("Forces detained the commander, a facilitator and two of their associates."));
        // a description set off by commas after a definite phrase is the same person
        assertEquals(List.of("captured 1 militants target", "captured 3 militants generic"),
                read("The force detained the man, a weapons facilitator, and three suspects."));
        assertEquals(List.of("captured 2 unknown generic"), read("Police detained his two brothers."));
    }

    @Test
    void readsVagueQuantitiesAndRanges() {
        assertEquals(List.of("captured 3~ militants generic"), read("Police detained a small number of suspects."));
        assertEquals(List.of("killed 4~ militants generic"), read("Troops killed a large number of insurgents."));
        // "killed or wounded" counts as killed, at the low end of its range
        assertEquals(List.of("killed 8 militants generic"), read("Eight to 12 insurgents were killed or wounded in the clash."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Several insurgents, who presented an immediate threat to the force, were killed.|killed 3~ militants generic",
            "Two insurgents who had been placing a bomb near the road were killed.|killed 2 militants generic",
            "A facilitator of weapons, ammunition and explosives was arrested.|captured 1 militants target"})
    void findsASubjectThatAClauseKeepsFromItsVerb(String sentence, String figure) {
        assertEquals(List.of(figure), read(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Talks stalled after the death of an American soldier in a bombing.",
            "Peace talks stalled following the death of a soldier in Kabul.",
            "Since his arrest, the network has weakened."})
    void readsNoFigureOfAnEarlierEventThatDatesAnother(String sentence) {
        assertEquals(List.of(), read(sentence));
    }

    @Test
    void readsAllOfACountAsARestatementUnlessTheNounWasJustCountedOtherwise() {
        ReadingContext restated = new ReadingContext();
        read("Eleven insurgents attacked the outpost at dawn.", restated);
        assertEquals(List.of("killed 11 militants total"), read("The force killed all 11 insurgents.", restated));
        ReadingContext another = new ReadingContext();
        assertEquals(List.of("killed 4 militants generic"), read("The patrol returned fire, killing four insurgents.", another));
        assertEquals(List.of("killed 11 militants generic"),
                read("Gunships then fired on the fleeing fighters, killing all 11 insurgents.", another));
        // a group met after other victims were counted: victims besides them
        ReadingContext met = new ReadingContext();
        read("The patrol returned fire, killing four insurgents.", met);
        read("Later eleven insurgents approached in trucks.", met);
        assertEquals(List.of("killed 11 militants added"), read("Aircraft fired on them, killing all 11 insurgents.", met));
    }
}
