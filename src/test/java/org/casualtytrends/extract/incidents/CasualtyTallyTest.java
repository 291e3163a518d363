package org.casualtytrends.extract.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casualtytrends.extract.figures.Cohort;
import org.casualtytrends.extract.figures.Figure;
import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.model.Operator;
import org.casualtytrends.model.SourceType;
import org.casualtytrends.model.VictimGroup;
import org.junit.jupiter.api.Test;

class CasualtyTallyTest {
    private final List<Report> reports = new ArrayList<>();

    /** A report in its own sentence unless {@code sentence} repeats one (then the same clause). */
    private CasualtyTallyTest report(int sentence, int value, String group, Cohort cohort, boolean vague, String type, String source) {
        reports.add(new Report(new Figure(CasualtyKind.KILLED, value, Operator.EXACT, vague, VictimGroup.of(group), cohort, 1, 0, 1), sentence,
                SourceType.of(type), source));
        return this;
    }

    private CasualtyTallyTest report(int sentence, int value, String type, String source) {
        return report(sentence, value, "security_forces", Cohort.GENERIC, false, type, source);
    }

    private String count() {
        Count c = CasualtyTally.count(reports, new LinkedHashMap<>(), false);
        return c.low() + "/" + c.best() + "/" + c.high() + (c.onClaim() ? " claim" : "") + (c.disputed() ? " disputed" : "");
    }

    @Test
    void takesLowAndBestFromNonClaimsAndHighFromAll() {
        report(1, 13, "official", "officials").report(2, 13, "official", "council").report(3, 35, "claim", "Taliban");
        assertEquals("13/13/35 disputed", count());
    }

    @Test
    void takesTheLargestNonClaimAsTollsRise() {
        report(1, 8, "media", null).report(2, 7, "media", null);
        assertEquals("7/8/8 disputed", count());
    }

    @Test
    void restsOnTheSmallestClaimWhenOnlyClaimsExist() {
        report(1, 30, "claim", "ministry").report(2, 45, "claim", "army corps");
        assertEquals("30/30/45 claim disputed", count());
    }

    @Test
    void countsAClaimantWithItsFullestStatement() {
        report(1, 1, "militants", Cohort.TARGET, false, "claim", null)
                .report(2, 1, "militants", Cohort.TARGET, false, "claim", null)
                .report(2, 1, "militants", Cohort.TARGET, false, "claim", null);
        assertEquals("2/2/2 claim disputed", count());
    }

    @Test
    void letsACountedFigureOverrideAVagueOne() {
        report(1, 3, "militants", Cohort.GENERIC, true, "claim", null).report(2, 4, "militants", Cohort.GENERIC, false, "claim", null);
        assertEquals("4/4/4 claim", count());
    }

    @Test
    void addsEachClauseOfVictimsToldAsMoreAndLetsATotalRestateThemAll() {
        report(1, 2, "militants", Cohort.GENERIC, false, "claim", null).report(2, 3, "militants", Cohort.ADDED, true, "claim", null)
                .report(3, 1, "militants", Cohort.ADDED, false, "claim", null);
        assertEquals("6/6/6 claim", count());
        report(4, 6, "militants", Cohort.TOTAL, false, "claim", null);
        assertEquals("6/6/6 claim", count());
    }

    @Test
    void addsTargetsToTheRankAndFileAndRaisesToARestatedTotal() {
        report(1, 1, "militants", Cohort.TARGET, false, "claim", null).report(2, 2, "militants", Cohort.GENERIC, false, "claim", null);
        assertEquals("3/3/3 claim", count());
        report(3, 4, "militants", Cohort.TOTAL, false, "claim", null);
        assertEquals("4/4/4 claim", count());
    }

    @Test
    void countsAPronounOnlyAlone() {
        report(1, 1, "unknown", Cohort.FALLBACK, false, "media", null);
        assertEquals("1/1/1", count());
        report(2, 2, "militants", Cohort.GENERIC, false, "claim", null);
        assertEquals("2/2/2 claim", count());
    }

    @Test
    void addsGroupsAndLetsAnUnknownTotalHoldThem() {
        Map<VictimGroup, Count> byGroup = new LinkedHashMap<>();
        report(1, 5, "security_forces", Cohort.GENERIC, false, "official", "police")
                .report(1, 3, "militants", Cohort.GENERIC, false, "claim", "police");
        Count both = CasualtyTally.count(reports, byGroup, false);
        assertEquals(8, both.best());
        assertEquals(List.of(VictimGroup.SECURITY_FORCES, VictimGroup.MILITANTS), List.copyOf(byGroup.keySet()));
        report(2, 12, "unknown", Cohort.GENERIC, false, "media", null);
        assertEquals(12, CasualtyTally.count(reports, new LinkedHashMap<>(), false).best());
    }

    private String count(boolean militantsAttack, Map<VictimGroup, Count> byGroup) {
        Count c = CasualtyTally.count(reports, byGroup, militantsAttack);
        return c.low() + "/" + c.best() + "/" + c.high() + (c.onClaim() ? " claim" : "");
    }

    @Test
    void addsTheAttackersDeathsToTheVictimsToll() {
        Map<VictimGroup, Count> byGroup = new LinkedHashMap<>();
        report(1, 20, "unknown", Cohort.GENERIC, false, "media", null).report(2, 1, "militants", Cohort.FALLBACK, false, "claim", null);
        assertEquals("21/21/21", count(true, byGroup));
        assertEquals(20, byGroup.get(VictimGroup.UNKNOWN).best());
        assertEquals(1, byGroup.get(VictimGroup.MILITANTS).best());
        assertEquals("20/20/20", count(false, new LinkedHashMap<>()), "militants killed by the state's forces are among the people killed");
    }

    @Test
    void aBreakdownThatAddsUpShowsTheTollWhole() {
        Map<VictimGroup, Count> byGroup = new LinkedHashMap<>();
        report(1, 50, "unknown", Cohort.GENERIC, false, "official", "government")
                .report(2, 33, "militants", Cohort.GENERIC, false, "claim", "ministry")
                .report(3, 7, "civilians", Cohort.GENERIC, false, "official", "hospital")
                .report(3, 10, "security_forces", Cohort.GENERIC, false, "official", "hospital");
        assertEquals("50/50/50", count(true, byGroup));
        assertEquals(null, byGroup.get(VictimGroup.UNKNOWN), "every victim is in a group");
    }

    @Test
    void aBareVagueWordCountsOnlyAloneAndTheAttackerAddsToIt() {
        report(1, 12, "unknown", Cohort.FALLBACK, true, "media", null).report(2, 1, "militants", Cohort.GENERIC, false, "claim", "police");
        assertEquals("13/13/13", count(true, new LinkedHashMap<>()));
        report(3, 9, "unknown", Cohort.GENERIC, false, "official", "hospital");
        assertEquals("10/10/10", count(true, new LinkedHashMap<>()));
    }

    @Test
    void aSumRestsOnAClaimOnlyWhenEveryPartDoes() {
        report(1, 3, "security_forces", Cohort.GENERIC, false, "official", "police").report(2, 2, "militants", Cohort.GENERIC, false, "claim", "police");
        assertEquals("5/5/5", count(false, new LinkedHashMap<>()));
    }
}
