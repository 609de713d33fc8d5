package id.sikerja.domain.organisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Employee.placeIn / endPlacement: placements are history, never rewritten. */
class PlacementTest {

    private static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate JUL_2022 = LocalDate.of(2022, 7, 1);

    private Government government;
    private Position analyst;
    private Position planner;
    private Employee employee;

    @BeforeEach
    void structure() {
        government = Fixtures.government("TEST");
        Department dinkes = new Department(government, "DINKES", "Dinas Kesehatan", UnitType.DINAS);
        OrgUnit root = OrgUnit.rootOf(dinkes, "DINKES", "Dinas Kesehatan");
        OrgUnit sekretariat = root.addChild("DINKES-SEKRE", "Sekretariat", UnitKind.ORGANISATION_UNIT, null, 2);
        analyst = new Position(sekretariat, "Analis Kepegawaian Ahli Pertama", PositionClass.FUNGSIONAL_KEAHLIAN,
                FunctionalGrade.AHLI_PERTAMA, false, 2);
        planner = new Position(sekretariat, "Perencana Ahli Muda", PositionClass.FUNGSIONAL_KEAHLIAN,
                FunctionalGrade.AHLI_MUDA, false, 1);
        employee = Fixtures.pns(government, "Budi Santoso");
    }

    @Test
    void firstPlacementIsOpenAndCurrent() {
        Placement placement = employee.placeIn(analyst, JAN_2020, "SK 821/1/2020");

        assertTrue(placement.isOpen());
        assertSame(analyst, placement.getPosition());
        assertSame(employee, placement.getEmployee());
        assertSame(government, placement.getGovernment());
        assertEquals("SK 821/1/2020", placement.getReason());
        assertEquals(placement, employee.placementOn(LocalDate.of(2030, 1, 1)).orElseThrow());
    }

    @Test
    void secondPlacementClosesThePreviousOneTheDayBefore() {
        Placement first = employee.placeIn(analyst, JAN_2020, "SK awal");
        Placement second = employee.placeIn(planner, JUL_2022, "SK rotasi");

        assertEquals(LocalDate.of(2022, 6, 30), first.getEndDate());
        assertTrue(second.isOpen());
        assertEquals(List.of(first, second), employee.getPlacements());
    }

    @Test
    void placementOnFindsThePositionHeldOnEachDate() {
        employee.placeIn(analyst, JAN_2020, "SK awal");
        employee.placeIn(planner, JUL_2022, "SK rotasi");

        assertTrue(employee.placementOn(LocalDate.of(2019, 12, 31)).isEmpty());
        assertSame(analyst, positionOn(JAN_2020));
        assertSame(analyst, positionOn(LocalDate.of(2022, 6, 30)));
        assertSame(planner, positionOn(JUL_2022));
        assertSame(planner, positionOn(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void startOnThePreviousStartIsRefused() {
        employee.placeIn(analyst, JAN_2020, "SK awal");

        assertRefused("placement.startBeforePrevious", () -> employee.placeIn(planner, JAN_2020, "SK rotasi"));
        assertEquals(1, employee.getPlacements().size());
        assertTrue(employee.getPlacements().get(0).isOpen());
    }

    @Test
    void startBeforeThePreviousStartIsRefused() {
        employee.placeIn(analyst, JUL_2022, "SK awal");

        assertRefused("placement.startBeforePrevious", () -> employee.placeIn(planner, JAN_2020, "SK mundur"));
        assertTrue(employee.getPlacements().get(0).isOpen());
    }

    @Test
    void placingInTheSamePositionAgainIsRefused() {
        employee.placeIn(analyst, JAN_2020, "SK awal");

        assertRefused("placement.samePosition", () -> employee.placeIn(analyst, JUL_2022, "SK ulang"));
        assertTrue(employee.getPlacements().get(0).isOpen());
    }

    @Test
    void inactivePositionIsRefused() {
        analyst.deactivate();

        assertRefused("placement.positionInactive", () -> employee.placeIn(analyst, JAN_2020, "SK"));
        assertTrue(employee.getPlacements().isEmpty());
    }

    @Test
    void positionOfAnotherGovernmentIsRefused() {
        Government other = Fixtures.government("OTHER");
        Department department = new Department(other, "DINKES", "Dinas Kesehatan", UnitType.DINAS);
        Position foreign = new Position(OrgUnit.rootOf(department, "DINKES", "Dinas Kesehatan"), "Kepala Dinas",
                PositionClass.JPT_PRATAMA, null, true, 1);

        assertRefused("placement.otherGovernment", () -> employee.placeIn(foreign, JAN_2020, "SK"));
    }

    @Test
    void positionAndStartAreRequired() {
        assertRefused("placement.positionAndStartRequired", () -> employee.placeIn(null, JAN_2020, "SK"));
        assertRefused("placement.positionAndStartRequired", () -> employee.placeIn(analyst, null, "SK"));
    }

    @Test
    void endPlacementClosesTheCurrentOne() {
        Placement placement = employee.placeIn(analyst, JAN_2020, "SK awal");

        employee.endPlacement(LocalDate.of(2024, 12, 31));

        assertEquals(LocalDate.of(2024, 12, 31), placement.getEndDate());
        assertSame(analyst, positionOn(LocalDate.of(2024, 12, 31)));
        assertTrue(employee.placementOn(LocalDate.of(2025, 1, 1)).isEmpty());
    }

    @Test
    void endingOnTheStartDateIsAllowed() {
        Placement placement = employee.placeIn(analyst, JAN_2020, "SK awal");

        employee.endPlacement(JAN_2020);

        assertEquals(JAN_2020, placement.getEndDate());
    }

    @Test
    void endBeforeStartIsRefused() {
        Placement placement = employee.placeIn(analyst, JAN_2020, "SK awal");

        assertRefused("placement.endBeforeStart", () -> employee.endPlacement(LocalDate.of(2019, 12, 31)));
        assertNull(placement.getEndDate());
    }

    @Test
    void endingWithoutAnOpenPlacementIsRefused() {
        assertRefused("placement.noneOpen", () -> employee.endPlacement(JAN_2020));

        employee.placeIn(analyst, JAN_2020, "SK awal");
        employee.endPlacement(LocalDate.of(2020, 12, 31));
        assertRefused("placement.noneOpen", () -> employee.endPlacement(LocalDate.of(2021, 12, 31)));
    }

    @Test
    void newPlacementAfterAGapKeepsTheEndedOne() {
        Placement first = employee.placeIn(analyst, JAN_2020, "SK awal");
        employee.endPlacement(LocalDate.of(2020, 12, 31));

        Placement back = employee.placeIn(analyst, JUL_2022, "SK kembali");

        assertEquals(LocalDate.of(2020, 12, 31), first.getEndDate());
        assertTrue(back.isOpen());
        assertTrue(employee.placementOn(LocalDate.of(2021, 6, 1)).isEmpty());
        assertSame(back, employee.placementOn(JUL_2022).orElseThrow());
    }

    @Test
    void newPlacementOverlappingAnEndedOneIsRefused() {
        employee.placeIn(analyst, JAN_2020, "SK awal");
        employee.endPlacement(LocalDate.of(2022, 12, 31));

        assertRefused("placement.overlapsPrevious", () -> employee.placeIn(planner, JUL_2022, "SK rotasi"));
    }

    private Position positionOn(LocalDate date) {
        return employee.placementOn(date).orElseThrow().getPosition();
    }
}
