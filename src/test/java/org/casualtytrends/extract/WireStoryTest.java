package org.casualtytrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtytrends.model.EventType;
import org.casualtytrends.model.Incident;
import org.junit.jupiter.api.Test;

/** Wire-news phrasings (news-dev CODING-NOTES.md R1 to R5), on sentences written for the test. */
class WireStoryTest {
    private static final IncidentExtractor EXTRACTOR = IncidentExtractor.defaults();
    /** A Monday. */
    private static final LocalDate P = LocalDate.of(2016, 6, 13);

    private static List<Incident> extract(String lines) {
        return EXTRACTOR.extract(DocumentFixture.of("w", P, lines));
    }

    private static String killed(Incident i) {
        return i.killedLow() + "/" + i.killedBest() + "/" + i.killedHigh();
    }

    @Test
    void theAttackersDeathAddsToTheVictims() {
        Incident attack = extract("A gunman killed at least 20 people at a nightclub in [Kandahar] on Sunday before police shot him dead.").get(0);
        assertEquals("21/21/21", killed(attack));
        assertEquals(EventType.ARMED_ATTACK, attack.eventType());
        assertEquals("lone_attacker", attack.perpetrator());
        assertEquals(1, attack.killedMilitants());
        assertEquals(20, attack.killedUnknown());
    }

    @Test
    void militantsKilledByAStrikeAreAmongItsDead() {
        Incident strike = extract("""
                U.S. air strikes killed 41 people at a camp in [Kunduz] on Sunday, officials said.
                The Pentagon said the strikes killed a militant commander.
                """).get(0);
        assertEquals(EventType.AIRSTRIKE, strike.eventType());
        assertEquals(41, strike.killedBest());
    }

    @Test
    void aBareVagueWordIsOnlyAFallback() {
        assertEquals("12/12/12", killed(extract("Dozens were killed in a suicide attack in [Kabul] on Sunday.").get(0)));
        assertEquals("9/9/9", killed(extract("""
                A suicide attack in [Kabul] on Sunday killed dozens.
                Officials said nine people were killed in the attack.
                """).get(0)));
    }

    @Test
    void theHeadlineFiguresAreTheFirstIncidents() {
        List<Incident> incidents = extract("""
                Car bomb kills 12 at a checkpoint in the capital
                A car bomb exploded at a checkpoint in [Kabul] on Sunday, killing nine people, police said.
                The death toll rose to 12 overnight as three of the wounded died, a hospital official said.
                """);
        assertEquals(1, incidents.size());
        assertEquals("9/12/12", killed(incidents.get(0)));
        Incident fromTheHeadline = extract("""
                Three killed in a bombing near a mosque
                The blast in [Kabul] on Sunday destroyed part of the building.
                """).get(0);
        assertEquals("3/3/3", killed(fromTheHeadline));
    }

    @Test
    void roundWordsAloneAreVagueFallbacks() {
        Incident attack = extract("Dozens killed, hundreds injured in a suicide attack in [Kabul] on Sunday.").get(0);
        assertEquals("12/12/12", killed(attack));
        assertEquals(100, attack.injuredBest());
        assertEquals(150, extract("A suicide attack in [Kabul] on Sunday killed nine people and wounded close to 150.").get(0).injuredBest());
    }

    @Test
    void anEarlierAttackToldInBackgroundIsItsOwnIncident() {
        for (String background : List.of("One 2004 attack hit the consulate, killing nine.",
                "The emergency was declared after militants killed nine people in the capital last November.",
                "Two years ago, a bomb at the consulate killed nine.")) {
            List<Incident> incidents = extract("A suicide bomber killed two guards outside a consulate in [Jeddah] on Monday, state TV said.\n"
                    + background);
            assertEquals(2, incidents.size(), background);
            assertEquals(2, incidents.get(0).killedBest(), background);
            assertEquals(9, incidents.get(1).killedBest(), background);
        }
    }

    @Test
    void anEarlierAttackToldInAClauseAfterAnotherIsItsOwnIncident() {
        List<Incident> incidents = extract("""
                A car bomb killed four soldiers in [Mardin] on Sunday, a day after a suicide bomber killed 11 people in [Istanbul].
                """);
        assertEquals(2, incidents.size());
        assertEquals("4/4/4 TUR047 2016-06-12", killed(incidents.get(0)) + " " + incidents.get(0).provinceCode() + " " + incidents.get(0).eventDate());
        assertEquals("11/11/11 TUR034 2016-06-11", killed(incidents.get(1)) + " " + incidents.get(1).provinceCode() + " " + incidents.get(1).eventDate());

        // the span counts back from the publication day when the sentence names no day; a month: that calendar month
        Incident earlier = extract("""
                Gunmen killed three policemen in [Kirkuk] on Sunday.
                The attack came less than a month after another car bomb in [Baghdad] killed at least 30 people.
                """).get(1);
        assertEquals("30 IQG08 2016-05-01..2016-05-31 month", earlier.killedBest() + " " + earlier.provinceCode() + " "
                + earlier.dateStart() + ".." + earlier.dateEnd() + " " + earlier.datePrecision().code());

        // the clause's own date wins; the sentence before the clause keeps no figure of it
        List<Incident> evacuation = extract("""
                An airport in [Atlanta] was evacuated on Monday, eight months after gunmen killed 130 people in [Paris], [France], on Nov. 13.
                """);
        assertEquals(1, evacuation.size());
        assertEquals("130 FRA 2015-11-13", evacuation.get(0).killedBest() + " " + evacuation.get(0).country() + " " + evacuation.get(0).eventDate());
    }

    @Test
    void aTollThatNamesNoActStaysWithTheAccident() {
        List<Incident> incidents = extract("""
                A strong earthquake struck northern [Afghanistan] on Sunday, killing at least 30 people.
                The government said on Monday that 45 people had died and 200 were injured.
                """);
        assertEquals(1, incidents.size());
        assertEquals("30/45/45 200", killed(incidents.get(0)) + " " + incidents.get(0).injuredBest());
        // a hostile act in the story of an accident is an incident of its own
        assertEquals(2, extract("""
                A strong earthquake struck northern [Afghanistan] on Sunday, killing at least 30 people.
                Gunmen attacked a relief convoy on Sunday, killing four guards.
                """).size());
    }

    @Test
    void theSamePlaceIsThePlaceOfTheIncidentToldBefore() {
        List<Incident> incidents = extract("""
                Gunmen killed a guard in a refugee camp in [Kandahar] on Friday.
                On Monday, two men were shot dead in the same camp.
                """);
        assertEquals(2, incidents.size());
        assertEquals(incidents.get(0).provinceCode(), incidents.get(1).provinceCode());
        assertEquals("AF27", incidents.get(1).provinceCode());
    }

    @Test
    void aHeadlineTotalOverSeveralIncidentsIsNotTheFirstIncidentsToll() {
        List<Incident> incidents = extract("""
                Nine soldiers killed in attacks across the south
                Six soldiers were killed when militants attacked a checkpoint in [Helmand] province on Sunday, officials said.
                In a separate attack, three soldiers were killed by a roadside bomb in [Kandahar] province on Sunday.
                """);
        assertEquals(2, incidents.size());
        assertEquals("6/6/6", killed(incidents.get(0)));
        assertEquals("3/3/3", killed(incidents.get(1)));
        // a headline figure the first incident rises to stays its toll
        assertEquals("6/9/9", killed(extract("""
                Nine soldiers killed in an attack on a checkpoint
                Six soldiers were killed when militants attacked a checkpoint in [Helmand] province on Sunday, officials said.
                In a separate attack, three policemen were wounded by a roadside bomb in [Kandahar] province on Sunday.
                """).get(0)));
    }

    @Test
    void aNationsPeopleCountedByTheirDemonymAreVictims() {
        Incident strike = extract("An air strike killed two [Syrians] and wounded five [Iraqis] near a market in [Mosul] on Sunday, officials said.").get(0);
        assertEquals("2/2/2 5", killed(strike) + " " + strike.injuredBest());
        assertEquals("4/4/4", killed(extract("Police shot dead four assailants who attacked a checkpoint in [Kandahar] on Sunday.").get(0)));
    }

    @Test
    void aNationsDeadCountedInThePresentPerfectAreAWarsTollNotAnIncident() {
        List<Incident> incidents = extract("""
                Soldiers shot dead two gunmen who attacked a checkpoint in [Mosul] on Sunday, police said.
                Government forces have killed at least 150 [Syrians], most of them fighters, officials say.
                """);
        assertEquals(1, incidents.size());
        assertEquals("2/2/2", killed(incidents.get(0)));
        // victims of another kind, or a place, a date or the story's event named, keep the figure
        assertEquals("3/3/3", killed(extract("""
                Troops raided a compound in [Helmand] province on Sunday.
                Initial reports indicate three insurgents have been killed.
                """).get(0)));
        assertEquals("5/5/5", killed(extract("""
                A suicide bomber struck a market in [Baghdad] on Sunday.
                Officials said the blast has killed five [Iraqis].
                """).get(0)));
    }

    @Test
    void anIncidentToldAsTheSecondOrThirdIsSeparate() {
        List<Incident> incidents = extract("""
                Gunmen killed two policemen at a checkpoint in [Kandahar] on Sunday.
                In a third incident, a soldier was shot dead on Sunday.
                """);
        assertEquals(2, incidents.size());
        assertEquals("1/1/1", killed(incidents.get(1)));
    }
}
