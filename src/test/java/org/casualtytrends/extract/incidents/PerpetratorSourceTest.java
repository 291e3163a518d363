package org.casualtytrends.extract.incidents;

import org.casualtytrends.extract.DocumentFixture;
import org.casualtytrends.extract.IncidentExtractor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The forces that report an attack are not its perpetrator; those that carry out an operation are. */
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
}
