package id.sikerja.domain.organisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionTest {

    private OrgUnit unit;

    @BeforeEach
    void unit() {
        Government government = Fixtures.government("TEST");
        Department dinkes = new Department(government, "DINKES", "Dinas Kesehatan", UnitType.DINAS);
        unit = OrgUnit.rootOf(dinkes, "DINKES", "Dinas Kesehatan")
                .addChild("DINKES-YANKES", "Bidang Pelayanan Kesehatan", UnitKind.ORGANISATION_UNIT, null, 2);
    }

    @ParameterizedTest
    @EnumSource(value = PositionClass.class, names = {"FUNGSIONAL_KEAHLIAN", "FUNGSIONAL_KETERAMPILAN"})
    void functionalPositionNeedsAGrade(PositionClass positionClass) {
        assertRefused("position.gradeRequired",
                () -> new Position(unit, "Perawat", positionClass, null, false, 1));
    }

    @ParameterizedTest
    @EnumSource(value = PositionClass.class, names = {"KEPALA_DAERAH", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR",
            "PENGAWAS", "PELAKSANA"})
    void nonFunctionalPositionMayNotHaveAGrade(PositionClass positionClass) {
        assertRefused("position.gradeNotAllowed",
                () -> new Position(unit, "Kepala Seksi", positionClass, FunctionalGrade.AHLI_MUDA, false, 1));
    }

    @ParameterizedTest
    @EnumSource(value = FunctionalGrade.class, names = "AHLI_.*", mode = EnumSource.Mode.MATCH_ALL)
    void keahlianGradeOnKeterampilanIsRefused(FunctionalGrade grade) {
        var e = assertThrows(id.sikerja.domain.shared.BusinessRuleException.class,
                () -> new Position(unit, "Perawat", PositionClass.FUNGSIONAL_KETERAMPILAN, grade, false, 1));
        assertTrue(e.getMessageKey().startsWith("position.grade"), e.getMessageKey());
    }

    @ParameterizedTest
    @EnumSource(value = FunctionalGrade.class, names = {"PEMULA", "TERAMPIL", "MAHIR", "PENYELIA"})
    void keterampilanGradeOnKeahlianIsRefused(FunctionalGrade grade) {
        var e = assertThrows(id.sikerja.domain.shared.BusinessRuleException.class,
                () -> new Position(unit, "Perawat", PositionClass.FUNGSIONAL_KEAHLIAN, grade, false, 1));
        assertTrue(e.getMessageKey().startsWith("position.grade"), e.getMessageKey());
    }

    @Test
    void gradeOfItsOwnLadderIsAccepted() {
        Position expert = new Position(unit, "Perawat Ahli Muda", PositionClass.FUNGSIONAL_KEAHLIAN,
                FunctionalGrade.AHLI_MUDA, false, 3);
        Position skilled = new Position(unit, "Perawat Terampil", PositionClass.FUNGSIONAL_KETERAMPILAN,
                FunctionalGrade.TERAMPIL, false, 3);

        assertEquals(FunctionalGrade.AHLI_MUDA, expert.getGrade());
        assertEquals(FunctionalGrade.TERAMPIL, skilled.getGrade());
        assertEquals(3, expert.getCapacity());
    }

    @Test
    void pelaksanaCannotHeadAUnit() {
        assertRefused("position.pelaksanaCannotHead",
                () -> new Position(unit, "Pengadministrasi Umum", PositionClass.PELAKSANA, null, true, 1));
    }

    @Test
    void functionalPositionMayHeadAnIndependentUnit() {
        Position head = new Position(unit, "Kepala Puskesmas", PositionClass.FUNGSIONAL_KEAHLIAN,
                FunctionalGrade.AHLI_MUDA, true, 1);

        assertTrue(head.isHeadsUnit());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 5})
    void headSeatIsSingle(int capacity) {
        assertRefused("position.capacityInvalid",
                () -> new Position(unit, "Kepala Bidang", PositionClass.ADMINISTRATOR, null, true, capacity));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void capacityIsAtLeastOne(int capacity) {
        assertRefused("position.capacityInvalid",
                () -> new Position(unit, "Perawat Terampil", PositionClass.FUNGSIONAL_KETERAMPILAN,
                        FunctionalGrade.TERAMPIL, false, capacity));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void titleIsRequired(String title) {
        assertRefused("position.titleRequired",
                () -> new Position(unit, title, PositionClass.PELAKSANA, null, false, 1));
    }

    @Test
    void classIsRequired() {
        assertRefused("position.classRequired", () -> new Position(unit, "Perawat", null, null, false, 1));
    }

    @Test
    void positionBelongsToTheGovernmentOfItsUnit() {
        Position position = new Position(unit, "  Kepala Bidang Pelayanan ", PositionClass.ADMINISTRATOR, null, true, 1);

        assertSame(unit.getGovernment(), position.getGovernment());
        assertSame(unit, position.getUnit());
        assertEquals("Kepala Bidang Pelayanan", position.getTitle());
        assertTrue(position.isActive());
    }

    @Test
    void refusedRedefinitionOfAHeadChangesNothing() {
        Position head = new Position(unit, "Kepala Bidang", PositionClass.ADMINISTRATOR, null, true, 1);

        assertRefused("position.pelaksanaCannotHead",
                () -> head.redefine("Pengadministrasi", PositionClass.PELAKSANA, null, 1));

        assertEquals("Kepala Bidang", head.getTitle());
        assertEquals(PositionClass.ADMINISTRATOR, head.getPositionClass());
    }

    @Test
    void redefineChangesClassGradeAndCapacity() {
        Position position = new Position(unit, "Perawat Terampil", PositionClass.FUNGSIONAL_KETERAMPILAN,
                FunctionalGrade.TERAMPIL, false, 2);

        position.redefine("Pengadministrasi Perkantoran", PositionClass.PELAKSANA, null, 4);

        assertEquals(PositionClass.PELAKSANA, position.getPositionClass());
        assertNull(position.getGrade());
        assertEquals(4, position.getCapacity());
    }
}
