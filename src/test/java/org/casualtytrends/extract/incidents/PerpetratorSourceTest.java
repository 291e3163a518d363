package org.casualtytrends.extract.incidents;

import org.casualtytrends.extract.DocumentFixture;
import org.casualtytrends.extract.IncidentExtractor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The forces that report an attack are not its perpetrator; those that carry out an operation are; a
 * claim or a blame names it before any act, an act before a mere mention; victims and targets never.
 */
class PerpetratorSourceTest {
    private static String perpetrator(String lines) {
        return IncidentExtractor.defaults().extract(DocumentFixture.of("p", LocalDate.of(2021, 3, 10), lines)).get(0).perpetrator();
    }

    @Test
    void policeWhoReportAreASource() {
        assertEquals("unknown", perpetrator("A roadside bomb wounded four civilians in [Kandahar] province on Tuesday, police said."));
        assertEquals("unknown", perpetrator("According to police, a bomb killed two shopkeepers in [Kunduz] province."));
        assertEquals("unknown", perpetrator("A blast killed three villagers in [Ghazni] province, a police spokesman said."));
    }

    @Test
    void forcesThatActAreThePerpetrator() {
        assertEquals("security_forces", perpetrator("Afghan police killed three militants in [Kandahar] province on Tuesday, officials said."));
        assertEquals("taliban", perpetrator("Police said Taliban fighters killed two soldiers in [Helmand] province."));
    }

    @Test
    void anInsurgentSpokesmanStillSpeaksForTheAttackers() {
        assertEquals("taliban", perpetrator("A Taliban spokesman said their fighters killed 20 soldiers in [Kunduz] province."));
    }

    @Test
    void victimsAndTargetsAreNotThePerpetrator() {
        assertEquals("unknown", perpetrator("Four policemen were killed when a bomb exploded in [Kandahar] on Monday."));
        assertEquals("unknown", perpetrator("Separately, police in [Kandahar] province said a roadside bomb wounded four civilians late on Tuesday."));
        assertEquals("unknown", perpetrator("Insurgents attacked an army base in [Farah] province on Monday, killing at least five policemen."));
        assertEquals("unknown", perpetrator("Two soldiers were ambushed and killed in [Helmand] province."));
        assertEquals("unknown", perpetrator("Three soldiers were killed in an attack on a police checkpoint in [Laghman] province."));
        assertEquals("unknown", perpetrator("A bomb tore through a police vehicle in [Zabul], killing eight police officers."));
        assertEquals("unknown", perpetrator("Two soldiers were wounded in a blast in [Khost], and the road was closed by police."));
    }

    @Test
    void aClaimOrABlameNamesTheGroupBeforeAnyAct() {
        assertEquals("islamic_state", perpetrator("Gunmen stormed a hotel and killed nine people in [Kabul] on Monday.\n"
                + "Islamic State claimed responsibility for the attack in a statement."));
        assertEquals("pkk", perpetrator("Five people were killed in a bombing that the government blamed on the PKK."));
        assertEquals("islamic_state", perpetrator("Suspected Islamic State suicide bombers kill 36 at an airport."));
        assertEquals("al_shabaab", perpetrator("A car bomb killed five people at a restaurant, in an attack claimed by al Shabaab."));
        assertEquals("islamic_state", perpetrator("Police said Islamic State claimed the blast that killed four soldiers."));
        assertEquals("unknown", perpetrator("The Taliban denied involvement in the blast that killed six villagers."));
    }

    @Test
    void theOneWhoActsBeforeTheOneMerelyNamed() {
        assertEquals("kurdish_militants", perpetrator("Two people were wounded in a suspected attack by Kurdish militants near a Taliban-style checkpoint."));
        assertEquals("hezbollah", perpetrator("Hezbollah fighters ambushed a patrol, killing three soldiers."));
        assertEquals("ttp", perpetrator("Pakistani Taliban gunmen killed 12 guards at a prison."));
        assertEquals("foreign_forces", perpetrator("Russian warplanes struck a market, killing 20 civilians, the monitor said."));
    }

    @Test
    void individualAttackersAreNamedOnlyByTheirActs() {
        assertEquals("lone_attacker", perpetrator("A gunman killed three police officers before police shot him dead."));
        assertEquals("boko_haram", perpetrator("Police shot dead two attackers at a hotel where Boko Haram fighters had killed five guests."),
                "police acting against the attackers respond to the attack");
        assertEquals("security_forces", perpetrator("Police shot dead two militants in a raid on a house."), "no one else is named");
        assertEquals("palestinian_attacker", perpetrator("A Palestinian stabbed two Israelis, wounding them, before he was shot dead."));
        assertEquals("unknown", perpetrator("A bomb killed four people near a bus station.\nThe driver said he heard two blasts."));
    }
}
