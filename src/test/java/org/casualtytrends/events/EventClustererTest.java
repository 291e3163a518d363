package org.casualtytrends.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.model.DatePrecision;
import org.casualtytrends.model.EventType;
import org.casualtytrends.model.Incident;
import org.casualtytrends.model.LocationPrecision;
import org.casualtytrends.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.casualtytrends.events.TestReport.report;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventClustererTest {
    private static final String OFFICIAL = "official";
    private static final String CLAIM = "claim";
    private static final String SOLDIERS = "security_forces";

    private final EventClusterer clusterer = EventClusterer.defaults();

    /** Monday 2024-03-04, told on Tuesday, Wednesday and Thursday with a rising toll and a Taliban claim. */
    private static List<Report> mondayAttack() {
        return List.of(
                report("a1", 1).day("2024-03-04").killed(5).securityForcesKilled(5)
                        .figure("Five soldiers were killed on Monday, officials said.", "killed", 5, OFFICIAL, SOLDIERS)
                        .publishedOn("2024-03-05"),
                report("a2", 1).day("2024-03-04").killed(8, 8, 20).securityForcesKilled(8).disputed()
                        .figure("Eight soldiers died in Monday's attack, the ministry said.", "killed", 8, OFFICIAL, SOLDIERS)
                        .figure("The Taliban said they killed 20 soldiers.", "killed", 20, CLAIM, SOLDIERS)
                        .publishedOn("2024-03-06"),
                report("a3", 1).window("week", "2024-02-29", "2024-03-06", "2024-03-03").killed(11).securityForcesKilled(11)
                        .figure("Eleven soldiers were killed last week, the governor said.", "killed", 11, OFFICIAL, SOLDIERS)
                        .publishedOn("2024-03-07"));
    }

    @Test
    void oneAttackToldByThreeArticlesIsOneEventWithMergedFigures() {
        List<Event> events = clusterer.cluster(mondayAttack());

        assertEquals(1, events.size());
        Event event = events.get(0);
        Incident merged = event.merged();
        assertAll(
                () -> assertEquals("ev-012d4210d2922ba5", event.eventId()),
                () -> assertEquals(3, event.nReports()),
                () -> assertEquals(3, event.nArticles()),
                () -> assertEquals(LocalDate.parse("2024-03-05"), event.firstReported()),
                () -> assertEquals(LocalDate.parse("2024-03-07"), event.lastReported()),
                () -> assertEquals(List.of("a1-1", "a2-1", "a3-1"), event.reportIds()),
                () -> assertEquals(List.of("a1", "a2", "a3"), event.articleIds()),
                () -> assertEquals(5, merged.killedLow()),
                () -> assertEquals(11, merged.killedBest()),
                () -> assertEquals(20, merged.killedHigh()),
                () -> assertEquals(11, merged.killedSecurityForces()),
                () -> assertTrue(merged.disputed()),
                () -> assertFalse(merged.bestRestsOnClaim()),
                () -> assertEquals(LocalDate.parse("2024-03-04"), merged.eventDate()),
                () -> assertEquals(DatePrecision.DAY, merged.datePrecision()),
                () -> assertEquals("AF19", merged.provinceCode()),
                () -> assertEquals(null, merged.articleId()),
                () -> assertEquals(null, merged.incidentId()),
                () -> assertEquals(4, merged.evidence().size()));
    }

    @Test
    void attacksInTwoDistrictsOnOneDayStayTwoEvents() {
        List<Event> events = clusterer.cluster(List.of(
                report("a1", 1).day("2024-03-04").district("Dasht-e-Archi", "AF1906").killed(5).publishedOn("2024-03-05"),
                report("a2", 1).day("2024-03-04").district("Khanabad", "AF1904").killed(5).publishedOn("2024-03-05")));

        assertEquals(List.of(List.of("a1-1"), List.of("a2-1")), reportIdsOf(events));
    }

    @Test
    void aBombingAndAnAirstrikeOnOneDayStayTwoEvents() {
        List<Event> events = clusterer.cluster(List.of(
                report("a1", 1).day("2024-03-04").type("bombing").perpetrator("islamic_state").killed(6).civiliansKilled(6)
                        .publishedOn("2024-03-05"),
                report("a2", 1).day("2024-03-04").type("airstrike").perpetrator("foreign_forces").killed(12).militantsKilled(12)
                        .publishedOn("2024-03-05")));

        assertEquals(List.of(List.of("a1-1"), List.of("a2-1")), reportIdsOf(events));
    }

    @Test
    void attacksOnDifferentVictimsOnOneDayStayTwoEvents() {
        List<Event> events = clusterer.cluster(List.of(
                report("a1", 1).day("2024-03-04").killed(4).civiliansKilled(4).publishedOn("2024-03-05"),
                report("a2", 1).day("2024-03-04").killed(7).securityForcesKilled(7).publishedOn("2024-03-05")));

        assertEquals(List.of(List.of("a1-1"), List.of("a2-1")), reportIdsOf(events));
    }

    @Test
    void twoIncidentsOfOneArticleNeverMergeAndAThirdReportJoinsOnlyOne() {
        List<Event> events = clusterer.cluster(List.of(
                report("a1", 1).day("2024-03-04").killed(5).publishedOn("2024-03-05"),
                report("a1", 2).day("2024-03-04").killed(5).publishedOn("2024-03-05"),
                report("a2", 1).day("2024-03-04").killed(5).publishedOn("2024-03-06")));

        assertEquals(List.of(List.of("a1-1", "a2-1"), List.of("a1-2")), reportIdsOf(events));
    }

    @Test
    void aMonthReportMergesWithADayReportInThatMonthAndTheEventKeepsTheDay() {
        List<Event> events = clusterer.cluster(List.of(
                report("m1", 1).window("month", "2024-03-01", "2024-03-31", "2024-03-15").perpetrator("unknown").killed(7)
                        .publishedOn("2024-04-02"),
                report("d1", 1).day("2024-03-04").killed(7).publishedOn("2024-03-05")));

        assertEquals(1, events.size());
        Event event = events.get(0);
        Incident merged = event.merged();
        assertAll(
                () -> assertEquals(EventMerger.eventId("d1-1"), event.eventId()),
                () -> assertEquals(List.of("d1-1", "m1-1"), event.reportIds()),
                () -> assertEquals(LocalDate.parse("2024-03-04"), merged.eventDate()),
                () -> assertEquals(LocalDate.parse("2024-03-04"), merged.dateStart()),
                () -> assertEquals(LocalDate.parse("2024-03-04"), merged.dateEnd()),
                () -> assertEquals(DatePrecision.DAY, merged.datePrecision()),
                () -> assertEquals("taliban", merged.perpetrator()),
                () -> assertFalse(merged.disputed()),
                () -> assertEquals(LocalDate.parse("2024-03-05"), event.firstReported()),
                () -> assertEquals(LocalDate.parse("2024-04-02"), event.lastReported()));
    }

    @Test
    void aMonthReportDoesNotMergeWithADayOutsideThatMonth() {
        List<Event> events = clusterer.cluster(List.of(
                report("m1", 1).window("month", "2024-03-01", "2024-03-31", "2024-03-15").killed(7).publishedOn("2024-04-02"),
                report("d1", 1).day("2024-04-01").killed(7).publishedOn("2024-04-02")));

        assertEquals(2, events.size());
    }

    @Test
    void shuffledInputGivesIdenticalEvents() {
        List<Report> reports = new ArrayList<>(mondayAttack());
        reports.addAll(List.of(
                report("a1", 2).day("2024-03-04").district("Khanabad", "AF1904").type("bombing").killed(3).publishedOn("2024-03-05"),
                report("a4", 1).day("2024-03-04").district("Khanabad", "AF1904").killed(4).publishedOn("2024-03-06"),
                report("a4", 2).day("2024-03-04").killed(0).publishedOn("2024-03-06"),
                report("a5", 1).window("month", "2024-03-01", "2024-03-31", "2024-03-15").killed(9).publishedOn("2024-04-01"),
                report("a6", 1).day("2024-03-05").killed(2).civiliansKilled(2).publishedOn("2024-03-05"),
                report("a7", 1).window("days", "2024-03-03", "2024-03-05", "2024-03-04").killed(6).publishedOn("2024-03-05"),
                report("a8", 1).undated().killed(1).publishedOn("2024-03-09")));
        List<Event> expected = clusterer.cluster(reports);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(reports, random);
            assertEquals(expected, clusterer.cluster(reports));
        }
        assertEquals(Set.of(List.of("a1-1", "a2-1", "a3-1", "a5-1", "a7-1"), List.of("a1-2", "a4-1"), List.of("a4-2"),
                List.of("a6-1"), List.of("a8-1")), Set.copyOf(reportIdsOf(expected)));
    }

    @Test
    void aReportPublishedLaterKeepsTheEventId() {
        List<Report> firstRun = mondayAttack().subList(0, 2);
        List<Report> secondRun = mondayAttack();

        Event before = clusterer.cluster(firstRun).get(0);
        Event after = clusterer.cluster(secondRun).get(0);

        assertEquals(before.eventId(), after.eventId());
        assertEquals(2, before.nReports());
        assertEquals(3, after.nReports());
    }

    @Test
    void aNoOneKilledReportDoesNotMergeWithATenKilledOne() {
        List<Event> events = clusterer.cluster(List.of(
                report("a1", 1).day("2024-03-04").killed(0).publishedOn("2024-03-05"),
                report("a2", 1).day("2024-03-04").killed(10).publishedOn("2024-03-05")));

        assertEquals(List.of(List.of("a1-1"), List.of("a2-1")), reportIdsOf(events));
    }

    @Test
    void anEventOfClaimsOnlyTakesTheSmallestClaimAsBest() {
        List<Event> events = clusterer.cluster(List.of(
                report("a1", 1).day("2024-03-04").killed(20).restsOnClaim().captured(4)
                        .figure("The Taliban said they killed 20 soldiers.", "killed", 20, CLAIM, SOLDIERS)
                        .figure("The Taliban said they captured four soldiers.", "captured", 4, CLAIM, SOLDIERS)
                        .publishedOn("2024-03-05"),
                report("a2", 1).day("2024-03-04").killed(30).restsOnClaim().captured(6)
                        .figure("A Taliban spokesman said 30 soldiers were killed.", "killed", 30, CLAIM, SOLDIERS)
                        .figure("A Taliban spokesman said six soldiers were captured.", "captured", 6, CLAIM, SOLDIERS)
                        .publishedOn("2024-03-06")));

        assertEquals(1, events.size());
        Incident merged = events.get(0).merged();
        assertAll(
                () -> assertEquals(20, merged.killedLow()),
                () -> assertEquals(20, merged.killedBest()),
                () -> assertEquals(30, merged.killedHigh()),
                () -> assertEquals(6, merged.capturedBest()),
                () -> assertTrue(merged.bestRestsOnClaim()),
                () -> assertTrue(merged.disputed()));
    }

    @Test
    void countsWithoutEvidenceCountAsFiguresAndAHighAboveTheBestAsAClaim() {
        List<Event> events = clusterer.cluster(List.of(
                report("a1", 1).day("2024-03-04").killed(7, 7, 30).publishedOn("2024-03-05"),
                report("a2", 1).day("2024-03-04").killed(9)
                        .figure("Nine soldiers were killed, police said.", "killed", 9, OFFICIAL, SOLDIERS)
                        .publishedOn("2024-03-06"),
                report("a3", 1).day("2024-03-04").captured(2).restsOnClaim().publishedOn("2024-03-06")));

        assertEquals(1, events.size());
        Incident merged = events.get(0).merged();
        assertAll(
                () -> assertEquals(7, merged.killedLow()),
                () -> assertEquals(9, merged.killedBest()),
                () -> assertEquals(30, merged.killedHigh()),
                () -> assertEquals(2, merged.capturedBest()),
                () -> assertFalse(merged.bestRestsOnClaim()));
    }

    @Test
    void aReportJoinsTheOpenEventWithTheClosestToll() {
        List<Event> events = clusterer.cluster(List.of(
                report("a1", 1).day("2024-03-04").district("Dasht-e-Archi", "AF1906").killed(3).publishedOn("2024-03-05"),
                report("a2", 1).day("2024-03-04").district("Khanabad", "AF1904").killed(40).publishedOn("2024-03-05"),
                report("a3", 1).day("2024-03-04").killed(38).publishedOn("2024-03-06")));

        assertEquals(List.of(List.of("a1-1"), List.of("a2-1", "a3-1")), reportIdsOf(events));
        assertEquals("AF1904", events.get(1).merged().districtCode());
        assertEquals(LocationPrecision.DISTRICT, events.get(1).merged().locationPrecision());
    }

    @Test
    void theSpecificTypeAndTheMostCommonKnownPerpetratorWin() {
        List<Event> events = clusterer.cluster(List.of(
                report("a1", 1).day("2024-03-04").perpetrator("unknown").publishedOn("2024-03-05"),
                report("a2", 1).day("2024-03-04").type("bombing").perpetrator("unknown").publishedOn("2024-03-05"),
                report("a3", 1).day("2024-03-04").publishedOn("2024-03-06"),
                report("a4", 1).day("2024-03-04").type("airstrike").publishedOn("2024-03-06")));

        assertEquals(List.of(List.of("a1-1", "a2-1", "a3-1"), List.of("a4-1")), reportIdsOf(events));
        assertEquals(EventType.BOMBING, events.get(0).merged().eventType());
        assertEquals("taliban", events.get(0).merged().perpetrator());
    }

    @Test
    void anUndatedReportIsAnEventOfItsOwn() {
        List<Event> events = clusterer.cluster(List.of(
                report("a1", 1).day("2024-03-04").killed(2).publishedOn("2024-03-05"),
                report("a2", 1).undated().killed(2).publishedOn("2024-03-05")));

        assertEquals(List.of(List.of("a1-1"), List.of("a2-1")), reportIdsOf(events));
    }

    @Test
    void aRepeatedIncidentIdIsRefused() {
        Report report = report("a1", 1).day("2024-03-04").publishedOn("2024-03-05");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> clusterer.cluster(List.of(report, report)));
        assertTrue(e.getMessage().contains("a1-1"), e.getMessage());
    }

    @Test
    void aMalformedTypeTableNamesItsFileAndLine(@TempDir Path dir) {
        RuleBundle rules = TestRules.with(dir, RuleFile.COMPATIBLE_EVENT_TYPES, "# general, specifics\ngeneral\tspecific\narmed_attack\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventClusterer.of(rules));
        assertEquals(dir + "/events/compatible-types.tsv:3: no specific (a rule file of casualty-trends.rules)", e.getMessage());
    }

    @Test
    void aHundredThousandReportsOverTenYearsClusterQuickly() {
        List<Report> reports = tenYearsOfReports(100_000, new Random(42));

        long startNanos = System.nanoTime();
        List<Event> events = clusterer.cluster(reports);
        long millis = (System.nanoTime() - startNanos) / 1_000_000;

        System.out.printf("clustered %d reports into %d events in %d ms%n", reports.size(), events.size(), millis);
        Set<String> clustered = new HashSet<>();
        events.forEach(e -> clustered.addAll(e.reportIds()));
        assertEquals(reports.size(), clustered.size());
        assertEquals(reports.size(), events.stream().mapToInt(Event::nReports).sum());
        assertTrue(millis < 20_000, "took " + millis + " ms");
    }

    @Test
    void aSweepFedInOrderOfWindowStartGivesTheEventsOfTheWholeBlock() {
        List<Report> reports = new ArrayList<>(tenYearsOfReports(20_000, new Random(11)));
        reports.add(report("u1", 1).undated().killed(2).publishedOn("2024-03-05"));
        reports.add(report("u2", 1).undated().killed(3).publishedOn("2024-03-06"));
        // As Spark hands them over: sorted by window start only, ties (and the undated, last) in any order.
        Collections.shuffle(reports, new Random(3));
        reports.sort(java.util.Comparator.comparing(Report::windowStart, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));

        EventClusterer.Sweep sweep = clusterer.sweep();
        List<Event> streamed = new ArrayList<>();
        for (Report r : reports) {
            streamed.addAll(sweep.add(r));
        }
        streamed.addAll(sweep.finish());

        assertEquals(new HashSet<>(clusterer.cluster(reports)), new HashSet<>(streamed));
    }

    @Test
    void aSweepRefusesAReportOfAnEarlierWindowStart() {
        EventClusterer.Sweep sweep = clusterer.sweep();
        sweep.add(report("a1", 1).day("2024-03-04").killed(2).publishedOn("2024-03-05"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sweep.add(report("a2", 1).day("2024-03-03").killed(2).publishedOn("2024-03-05")));
        assertTrue(e.getMessage().contains("a2-1"), e.getMessage());
    }

    @Test
    void reportsOnBothSidesOfAMonthBoundaryAreOneEvent() {
        // "Last week" from a report of Wednesday 3 April spans 27 March - 2 April; the attack was on Monday 1 April.
        List<Event> events = clusterer.cluster(List.of(
                report("a1", 1).window("week", "2024-03-27", "2024-04-02", "2024-03-30").killed(4)
                        .figure("Four soldiers were killed last week, officials said.", "killed", 4, OFFICIAL, SOLDIERS)
                        .securityForcesKilled(4).publishedOn("2024-04-03"),
                report("a2", 1).day("2024-04-01").killed(6)
                        .figure("Six soldiers were killed on Monday, the governor said.", "killed", 6, OFFICIAL, SOLDIERS)
                        .securityForcesKilled(6).publishedOn("2024-04-02"),
                report("a3", 1).day("2024-04-05").killed(1)
                        .figure("A soldier was killed on Friday.", "killed", 1, OFFICIAL, SOLDIERS)
                        .securityForcesKilled(1).publishedOn("2024-04-06")));

        assertEquals(List.of(List.of("a1-1", "a2-1"), List.of("a3-1")), reportIdsOf(events));
        assertEquals(LocalDate.parse("2024-04-01"), events.get(0).merged().eventDate());
    }

    /** Attacks on random days of 2015-2024, each told by one to six articles with varied precision and tolls. */
    private static List<Report> tenYearsOfReports(int count, Random random) {
        String[] types = {"armed_attack", "bombing", "clash", "airstrike", "raid"};
        String[] actors = {"taliban", "islamic_state", "unknown"};
        LocalDate first = LocalDate.parse("2015-01-01");
        List<Report> reports = new ArrayList<>();
        int article = 0;
        for (int attack = 0; reports.size() < count; attack++) {
            LocalDate day = first.plusDays(random.nextInt(3652));
            String district = random.nextInt(3) == 0 ? null : "AF19" + String.format("%02d", random.nextInt(7) + 1);
            String type = types[random.nextInt(types.length)];
            String actor = actors[random.nextInt(actors.length)];
            int killed = random.nextInt(30);
            int tellings = Math.min(1 + random.nextInt(6), count - reports.size());
            for (int t = 0; t < tellings; t++) {
                TestReport r = report("n" + article++, attack).type(type).perpetrator(actor).killed(killed + t);
                int precision = random.nextInt(100);
                if (precision < 80) {
                    r.day(day.toString());
                } else if (precision < 90) {
                    r.window("days", day.minusDays(1).toString(), day.plusDays(1).toString(), day.toString());
                } else if (precision < 97) {
                    r.window("week", day.minusDays(3).toString(), day.plusDays(3).toString(), day.toString());
                } else {
                    LocalDate month = day.withDayOfMonth(1);
                    r.window("month", month.toString(), month.plusMonths(1).minusDays(1).toString(), month.plusDays(14).toString());
                }
                if (district != null) {
                    r.district("District " + district, district);
                }
                reports.add(r.publishedOn(day.plusDays(1 + t).toString()));
            }
        }
        return reports;
    }

    private static List<List<String>> reportIdsOf(List<Event> events) {
        return events.stream().map(Event::reportIds).toList();
    }
}
