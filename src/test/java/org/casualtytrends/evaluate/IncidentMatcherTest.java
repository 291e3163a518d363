package org.casualtytrends.evaluate;

import static org.casualtytrends.evaluate.TestIncident.incident;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.casualtytrends.model.Incident;
import org.junit.jupiter.api.Test;

class IncidentMatcherTest {
    private static final Incident GOLD = incident("a", "g").province("AF19").date("2020-01-28").killed(13).build();

    private static GoldIncident gold(Incident incident, boolean optional) {
        return new GoldIncident(incident, optional, null, List.of());
    }

    @Test
    void compatibleWhenCountryProvinceDatesAndKindsAgree() {
        assertEquals(true, IncidentMatcher.compatible(GOLD,
                incident("a", "p").date("2020-01-27").window("2020-01-21", "2020-01-28").injured(2).killed(3).build()));
        assertEquals(true, IncidentMatcher.compatible(GOLD, incident("a", "p").date("2020-01-28").build()));
        // an undecided country pairs (NewsScorer counts it a country miss); another country does not
        assertEquals(true, IncidentMatcher.compatible(GOLD,
                incident("a", "p").country(null).province("AF19").date("2020-01-28").killed(13).build()));
        assertEquals(false, IncidentMatcher.compatible(GOLD,
                incident("a", "p").country("PAK").date("2020-01-28").killed(13).build()));
        assertEquals(false, IncidentMatcher.compatible(GOLD,
                incident("a", "p").province("AF21").date("2020-01-28").killed(13).build()));
        assertEquals(false, IncidentMatcher.compatible(GOLD,
                incident("a", "p").province("AF19").date("2020-01-27").killed(13).build()));
        assertEquals(false, IncidentMatcher.compatible(GOLD,
                incident("a", "p").province("AF19").date("2020-01-28").injured(13).build()));
    }

    @Test
    void affinityWeighsProvinceThenDayThenKilled() {
        assertEquals(7, IncidentMatcher.affinity(GOLD,
                incident("a", "p").province("AF19").date("2020-01-28").killed(13).build()));
        assertEquals(3, IncidentMatcher.affinity(GOLD, incident("a", "p").date("2020-01-28").killed(13).build()));
        assertEquals(0, IncidentMatcher.affinity(GOLD, incident("a", "p").build()));
    }

    @Test
    void closestPairsFirstAndScoredGoldBeforeOptionalOnTies() {
        Incident optional = incident("a", "g0").province("AF19").date("2020-01-28").killed(2).build();
        List<GoldIncident> gold = List.of(gold(optional, true), gold(GOLD, false));
        Incident far = incident("a", "p0").date("2020-01-28").killed(5).build();
        Incident close = incident("a", "p1").province("AF19").date("2020-01-28").killed(5).build();

        assertEquals(List.of(new IncidentMatcher.Pair(1, 0)), IncidentMatcher.match(gold, List.of(close)));
        assertEquals(List.of(new IncidentMatcher.Pair(0, 0), new IncidentMatcher.Pair(1, 1)),
                IncidentMatcher.match(gold, List.of(far, close)));
    }
}
