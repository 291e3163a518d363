package org.casualtytrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.casualtytrends.model.EventType;
import org.casualtytrends.model.Incident;
import org.casualtytrends.model.SourceType;
import org.junit.jupiter.api.Test;

class IncidentExtractorTest {
    private static final IncidentExtractor EXTRACTOR = IncidentExtractor.defaults();
    /** A Monday. */
    private static final LocalDate P = LocalDate.of(2021, 3, 15);

    private static List<Incident> extract(LocalDate published, String lines) {
        return EXTRACTOR.extract(DocumentFixture.of("a", published, lines));
    }

    private static String killed(Incident i) {
        return i.killedLow() + "/" + i.killedBest() + "/" + i.killedHigh();
    }

    private static String place(Incident i) {
        return i.country() + " " + i.provinceCode() + " " + i.districtCode() + " " + i.locationPrecision().code();
    }

    private static String date(Incident i) {
        return i.eventDate() + " " + i.dateStart() + ".." + i.dateEnd() + " " + i.datePrecision().code();
    }

    @Test
    void codesTheSeedArticleAsItsGold() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/extract/seed-000_4892badbc86e319f.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Incident> incidents = EXTRACTOR.extract(DocumentFixture.of("000_4892badbc86e319f", LocalDate.of(2020, 1, 29), text));

        Incident attack = incidents.get(0);
        assertEquals("000_4892badbc86e319f/1", attack.incidentId());
        assertEquals("2020-01-28 2020-01-28..2020-01-28 day", date(attack));
        assertEquals("AFG AF19 AF1906 district", place(attack));
        assertEquals("Kunduz", attack.province());
        assertEquals("Dasht-e-Archi", attack.district());
        assertEquals(EventType.ARMED_ATTACK, attack.eventType());
        assertEquals("taliban", attack.perpetrator());
        assertEquals("13/13/35", killed(attack));
        assertEquals(13, attack.killedSecurityForces());
        assertNull(attack.injuredBest());
        assertEquals(3, attack.missingBest());
        assertEquals(4, attack.capturedBest());
        assertTrue(attack.disputed());
        assertFalse(attack.bestRestsOnClaim());
        assertTrue(attack.isPrimary());
        assertEquals(List.of("official", "official", "official", "claim", "claim"),
                attack.evidence().stream().map(e -> e.sourceType().code()).toList());

        Incident balkh = incidents.get(1);
        assertEquals("2020-01-15 2020-01-01..2020-01-28 month", date(balkh));
        assertEquals("AFG AF21 null province", place(balkh));
        assertEquals("7/8/8", killed(balkh));
        assertEquals(6, balkh.injuredLow());
        assertEquals(6, balkh.injuredBest());
        assertEquals(6, balkh.injuredHigh());
        assertEquals(8, balkh.killedSecurityForces());
        assertTrue(balkh.disputed());
        assertFalse(balkh.isPrimary());
        assertEquals(EventType.ARMED_ATTACK, balkh.eventType());

        assertEquals(List.of(EventType.OTHER, EventType.OTHER), incidents.subList(2, 4).stream().map(Incident::eventType).toList());
        assertEquals(4, incidents.size(), "no incident for 13,000 US troops");
        assertTrue(incidents.stream().noneMatch(i -> i.killedBest() != null && i.killedBest() > 100));
    }

    @Test
    void tellsSeveralIncidentsApartAndBackgroundFromNews() {
        List<Incident> incidents = extract(P, """
                Gunmen killed four policemen at a checkpoint in [Kunduz] province on Sunday, police said.

                Last month, a roadside bomb killed nine civilians in [Helmand] province.

                In a separate attack on Saturday, two soldiers were wounded in [Kandahar].
                """);
        assertEquals(3, incidents.size());
        assertEquals(List.of("AF19", "AF30", "AF27"), incidents.stream().map(Incident::provinceCode).toList());
        assertEquals(List.of(true, false, true), incidents.stream().map(Incident::isPrimary).toList());
        assertEquals("2021-03-14 2021-03-14..2021-03-14 day", date(incidents.get(0)));
        assertEquals("2021-02-15 2021-02-01..2021-02-28 month", date(incidents.get(1)));
        assertEquals(EventType.BOMBING, incidents.get(1).eventType());
        assertEquals(2, incidents.get(2).injuredBest());
        assertEquals(List.of("a/1", "a/2", "a/3"), incidents.stream().map(Incident::incidentId).toList());
    }

    @Test
    void makesOneIncidentOfAnEventToldTwice() {
        List<Incident> incidents = extract(P, """
                At least five soldiers were killed when militants attacked an army post in [Farah] province on Sunday.

                Last year, floods destroyed the road to the post.

                A spokesman for the [Farah] governor said seven soldiers died in Sunday's attack and three were wounded.
                """);
        assertEquals(1, incidents.size());
        assertEquals("5/7/7", killed(incidents.get(0)));
        assertEquals(3, incidents.get(0).injuredBest());
        assertTrue(incidents.get(0).disputed());
    }

    @Test
    void countsABreakdownOnceAndBothSidesWhenBothDied() {
        Incident attack = extract(P, """
                Five policemen and eight attackers were killed when militants stormed a checkpoint in [Baghlan] on Sunday.
                Four of them were members of the border police and one of them a cadet.
                """).get(0);
        assertEquals("13/13/13", killed(attack));
        assertEquals(5, attack.killedSecurityForces());
        assertEquals(8, attack.killedMilitants());
        assertEquals(EventType.ARMED_ATTACK, attack.eventType());
    }

    @Test
    void restsOnAClaimWhenOnlyAPartyCountsItsEnemysLosses() {
        Incident operation = extract(P, "The defence ministry said 30 Taliban fighters were killed in an operation in [Kunduz] province on Saturday.").get(0);
        assertEquals("30/30/30", killed(operation));
        assertEquals(30, operation.killedMilitants());
        assertTrue(operation.bestRestsOnClaim());
        assertEquals(SourceType.CLAIM, operation.evidence().get(0).sourceType());
    }

    @Test
    void codesAnAccidentAsOtherWithoutPerpetrator() {
        Incident crash = extract(P, "Four soldiers were killed when a military helicopter crashed in [Logar] province on Friday.").get(0);
        assertEquals(EventType.OTHER, crash.eventType());
        assertEquals("unknown", crash.perpetrator());
        assertEquals(4, crash.killedBest());
    }

    @Test
    void makesNoIncidentOfTroopLevelsOrStatistics() {
        assertEquals(List.of(), extract(P, """
                There are still 9,000 foreign troops in [Afghanistan].
                More than 3,000 civilians were killed in 2019, the United Nations said.
                Over 500 insurgents have been killed since January, officials said.
                """));
    }

    @Test
    void readsNoFigureSummedOverSeveralRegions() {
        List<Incident> incidents = extract(P, """
                Coalition patrols found two arms caches and killed several insurgents in the north and west on Sunday.
                A joint force killed four insurgents in the southwest of [Kandahar] province on Sunday.
                """);
        assertEquals(1, incidents.size());
        assertEquals("4/4/4", killed(incidents.get(0)));
    }

    @Test
    void datesTheEventNotTheStatementNorAnotherEvent() {
        Incident attack = extract(P, """
                Gunmen killed three policemen in [Ghazni] province overnight, officials said on Monday.
                The attack came a day after the Taliban claimed on Friday that they had seized a district centre.
                """).get(0);
        assertEquals("2021-03-14 2021-03-14..2021-03-14 day", date(attack));
        Incident undated = extract(P, "Four soldiers were killed in [Farah], officials said on Monday.").get(0);
        assertEquals("2021-03-15 2021-03-13..2021-03-15 days", date(undated));
    }

    @Test
    void takesTheDatelineForContextNotForThePlace() {
        LocalDate published = LocalDate.of(2011, 1, 10);
        Incident operation = extract(published, """
                [KABUL], [Afghanistan] (Jan. 10, 2011) - Coalition forces killed two insurgents in [Sangin] district, [Helmand] province, Tuesday.
                """).get(0);
        assertEquals("2011-01-04 2011-01-04..2011-01-04 day", date(operation));
        assertEquals("AFG AF30 AF3008 district", place(operation));
        Incident undated = extract(published, """
                [KABUL], [Afghanistan] (Jan. 10, 2011)
                Coalition forces detained three suspected insurgents in [Khost] province.
                """).get(0);
        assertEquals("2011-01-10 2011-01-10..2011-01-10 day", date(undated));
        assertEquals(3, undated.capturedBest());
        assertTrue(undated.bestRestsOnClaim());
    }

    @Test
    void takesPlaceAndDateFromTheSentencesBeforeTheFigures() {
        Incident operation = extract(P, """
                A joint patrol searched compounds in [Nad-e-Ali] district of [Helmand] province on Saturday.
                Several insurgents were killed and one man was detained during the operation.
                """).get(0);
        assertEquals("AFG AF30 AF3002 district", place(operation));
        assertEquals("2021-03-13 2021-03-13..2021-03-13 day", date(operation));
        assertEquals(3, operation.killedBest());
        assertEquals(1, operation.capturedBest());
    }

    @Test
    void addsVictimsToldAsMoreAndRestatesEveryoneOnce() {
        // "several more" adds; a summary and its retelling count once
        assertEquals(5, extract(P, """
                Troops killed two insurgents in [Helmand] province on Sunday.
                Several more insurgents were killed when they tried to flee.
                """).get(0).killedBest());
        // "additional" and "other" are besides the target: a lead and its body both tell them
        assertEquals(3, extract(P, """
                Troops killed a Taliban commander and two other insurgents in [Kunduz] province on Sunday.
                The force killed the commander and two additional insurgents after they opened fire.
                """).get(0).killedBest());
        assertEquals(4, extract(P, """
                Police detained two suspects in [Logar] province on Sunday.
                Two more were detained at a checkpoint.
                """).get(0).capturedBest());
        assertEquals(2, extract(P, """
                The force killed two insurgents in [Zabul] province on Sunday.
                The two insurgents had planted mines on the road.
                The force killed two armed men during the operation.
                """).get(0).killedBest());
    }

    @Test
    void readsAReleaseAndItsUpdateAsOneOperation() {
        List<Incident> incidents = extract(LocalDate.of(2012, 7, 16), """
                KABUL, Afghanistan (July 14, 2012) - A security force killed several insurgents during an operation in [Logar] province today.
                UPDATE: KABUL, Afghanistan (July 16, 2012) - Officials confirmed that a Taliban commander was among the insurgents killed in the operation in [Logar] province on Saturday.
                """);
        assertEquals(1, incidents.size(), incidents.toString());
        assertEquals("2012-07-14 2012-07-14..2012-07-14 day", date(incidents.get(0)));
        assertEquals("3/3/3", killed(incidents.get(0)));
    }

    @Test
    void countsAGroupMetWithoutACasualtyAsVictimsBesidesTheOthers() {
        // "all N" of a group told before as attackers, not as dead: new victims, not a restatement
        assertEquals(13, extract(P, """
                Soldiers killed three fighters in [Kunar] province on Sunday.
                Later a convoy of ten fighters drove towards the outpost.
                Helicopters fired on the convoy, killing all ten fighters.
                """).get(0).killedBest());
        // "all N" of victims already counted restates them
        assertEquals(10, extract(P, """
                Soldiers killed ten fighters in [Kunar] province on Sunday.
                Officials confirmed that all ten fighters were killed.
                """).get(0).killedBest());
    }

    @Test
    void neverGuessesAPlace() {
        Incident blast = extract(P, "[Afghan] officials said six civilians were killed in a blast in the Kharabat bazaar on Sunday.").get(0);
        assertEquals("AFG null null country", place(blast));
        Incident ambiguous = extract(P, "Police said four guards were killed in [Qara Bagh] district on Sunday.").get(0);
        assertEquals("AFG null null country", place(ambiguous));
        Incident resolved = extract(P, "Police said four guards were killed in [Qara Bagh] district of [Ghazni] on Sunday.").get(0);
        assertEquals("AFG AF11 AF1111 district", place(resolved));
    }

    @Test
    void readsEventTypeAndPerpetrator() {
        Incident bombing = extract(P, """
                A car bomb killed seven civilians outside a bank in the eastern [Afghan] city of [Jalalabad] on Sunday.
                The Taliban claimed responsibility for the attack.
                """).get(0);
        assertEquals(EventType.BOMBING, bombing.eventType());
        assertEquals("taliban", bombing.perpetrator());
        assertEquals("AFG AF06 AF0601 district", place(bombing));
        Incident raid = extract(P, "Afghan and coalition forces detained a Haqqani facilitator and two suspects during an operation in [Paktya] on Sunday.").get(0);
        assertEquals(EventType.RAID, raid.eventType());
        assertEquals("foreign_forces", raid.perpetrator());
        assertEquals(3, raid.capturedBest());
        Incident abduction = extract(P, "Gunmen kidnapped four aid workers on the highway in [Wardak] province on Saturday.").get(0);
        assertEquals(EventType.ABDUCTION, abduction.eventType());
        assertEquals(4, abduction.capturedBest());
    }

    @Test
    void codesAnEventWithoutFiguresWhenTheArticleHasNoOther() {
        List<Incident> incidents = extract(P, "Coalition aircraft conducted an air strike on a militant camp in [Kunar] province yesterday.");
        assertEquals(1, incidents.size());
        assertEquals(EventType.AIRSTRIKE, incidents.get(0).eventType());
        assertEquals("AF15", incidents.get(0).provinceCode());
        assertNull(incidents.get(0).killedBest());
        assertEquals(List.of(), incidents.get(0).evidence());
    }

    @Test
    void datesAPressReleaseWithoutDatelineOnItsEventsDay() {
        String release = """
                Joint Force Detains Militants in Zabul
                Regional Press Office
                2021-03-CA-044 For Immediate Release

                A joint force detained two suspected militants in [Zabul] province %s.
                """;
        Incident lastNight = extract(P, release.formatted("last night")).get(0);
        assertEquals("2021-03-15 2021-03-15..2021-03-15 day", date(lastNight));
        Incident yesterday = extract(P, release.formatted("yesterday")).get(0);
        assertEquals("2021-03-15 2021-03-15..2021-03-15 day", date(yesterday));
        Incident named = extract(P, release.formatted("Saturday")).get(0);
        assertEquals("2021-03-13 2021-03-13..2021-03-13 day", date(named));
        Incident news = extract(P, "A joint force detained two suspected militants in [Zabul] province last night.").get(0);
        assertEquals("2021-03-14 2021-03-14..2021-03-14 day", date(news));
    }

    @Test
    void resolvesRelativeDatesAgainstTheDatelinesDay() {
        Incident operation = extract(LocalDate.of(2011, 10, 31), """
                [KABUL], [Afghanistan] (Nov. 1, 2011)
                A coalition force detained two suspected insurgents in [Khost] province yesterday.
                """).get(0);
        assertEquals("2011-10-31 2011-10-31..2011-10-31 day", date(operation));
    }
}
