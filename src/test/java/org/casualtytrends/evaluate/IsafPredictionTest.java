package org.casualtytrends.evaluate;

import static org.casualtytrends.evaluate.TestIncident.incident;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IsafPredictionTest {
    @Test
    void backgroundReferencesAreNeitherSummedNorPlacedNorDated() {
        IsafPrediction prediction = IsafPrediction.of(List.of(
                incident("r", "r/1").province("AF12").date("2010-11-02").killed(4)
                        .evidence(10, "killed", 4, "The leader planned a bombing that killed four soldiers in May.")
                        .background().build(),
                incident("r", "r/2").province("AF30").date("2010-11-20").killed(2)
                        .evidence(90, "killed", 2, "Two insurgents were killed in the raid.").build(),
                incident("r", "r/3").province("AF27").date("2010-11-21").captured(3)
                        .evidence(200, "captured", 3, "A second patrol detained three suspects.").build()));

        assertEquals(new IsafPrediction(2, 3, new TreeSet<>(List.of("AF27", "AF30")), LocalDate.parse("2010-11-20")),
                prediction);
    }

    @Test
    void withoutPrimaryFiguresTheIncidentsWithFiguresPlaceAndDate() {
        IsafPrediction prediction = IsafPrediction.of(List.of(
                incident("r", "r/1").province("AF05").date("2010-06-01").build(),
                incident("r", "r/2").province("AF12").date("2010-05-14").killed(6)
                        .evidence(40, "killed", 6, "A car bomb killed six people in May.").background().build()));

        assertEquals(new IsafPrediction(0, 0, new TreeSet<>(List.of("AF12")), LocalDate.parse("2010-05-14")), prediction);
    }

    @Test
    void withoutFiguresAllIncidentsPlaceAndTheFirstDates() {
        IsafPrediction prediction = IsafPrediction.of(List.of(
                incident("r", "r/1").province("AF05").date("2010-06-01").build(),
                incident("r", "r/2").province("AF12").date("2010-05-14").background().build()));

        assertEquals(new IsafPrediction(0, 0, new TreeSet<>(List.of("AF05", "AF12")), LocalDate.parse("2010-06-01")),
                prediction);
    }

    @Test
    void theReportingSidesOwnDeadAreNotPartOfItsEnemyToll() {
        IsafPrediction prediction = IsafPrediction.of(List.of(
                incident("r", "r/1").province("AF30").date("2010-11-20").killed(9).ownForcesKilled(2, 1)
                        .evidence(0, "killed", 6, "Six insurgents, two Afghan soldiers and a coalition soldier died.").build()));

        assertEquals(new IsafPrediction(6, 0, new TreeSet<>(List.of("AF30")), LocalDate.parse("2010-11-20")), prediction);
    }
}
