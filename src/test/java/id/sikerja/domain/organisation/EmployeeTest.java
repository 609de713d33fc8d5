package id.sikerja.domain.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmployeeTest {

    private static final Nip MALE_1980 = Nip.of("198001012005011001");
    private static final Rank PNS_III_A = new Rank("III/a", "Penata Muda", RankScheme.PNS, 9);
    private static final Rank PPPK_IX = new Rank("IX", "Golongan IX", RankScheme.PPPK, 9);

    private final Government government = Fixtures.government("TEST");

    @ParameterizedTest
    @EnumSource(value = EmploymentStatus.class, names = {"PNS", "PPPK"})
    void asnWithoutNipIsRefused(EmploymentStatus status) {
        assertRefused("employee.nipRequired",
                () -> new Employee(government, "Budi Santoso", status, null, Sex.MALE, LocalDate.of(1980, 1, 1), null));
    }

    @Test
    void asnTakesSexAndBirthDateFromTheNip() {
        Employee employee = new Employee(government, "Budi Santoso", EmploymentStatus.PNS, MALE_1980, null, null, null);

        assertEquals(Sex.MALE, employee.getSex());
        assertEquals(LocalDate.of(1980, 1, 1), employee.getBirthDate());
        assertTrue(employee.isAsn());
    }

    @Test
    void sexContradictingTheNipIsRefused() {
        assertRefused("employee.nipSexMismatch", () -> new Employee(government, "Budi Santoso", EmploymentStatus.PNS,
                MALE_1980, Sex.FEMALE, null, null));
    }

    @Test
    void birthDateContradictingTheNipIsRefused() {
        assertRefused("employee.nipBirthDateMismatch", () -> new Employee(government, "Budi Santoso",
                EmploymentStatus.PNS, MALE_1980, Sex.MALE, LocalDate.of(1980, 1, 2), null));
    }

    @Test
    void pppkWithPnsRankIsRefused() {
        assertRefused("employee.rankSchemeMismatch", () -> new Employee(government, "Dewi Lestari",
                EmploymentStatus.PPPK, MALE_1980, null, null, PNS_III_A));
    }

    @Test
    void pnsWithPppkRankIsRefused() {
        assertRefused("employee.rankSchemeMismatch", () -> new Employee(government, "Budi Santoso",
                EmploymentStatus.PNS, MALE_1980, null, null, PPPK_IX));
    }

    @Test
    void rankOfTheRightLadderIsKept() {
        Employee pns = new Employee(government, "Budi Santoso", EmploymentStatus.PNS, MALE_1980, null, null, PNS_III_A);
        Employee pppk = new Employee(government, "Budi Santoso", EmploymentStatus.PPPK, MALE_1980, null, null, PPPK_IX);

        assertEquals(PNS_III_A, pns.getRank());
        assertEquals(PPPK_IX, pppk.getRank());
    }

    @ParameterizedTest
    @EnumSource(value = EmploymentStatus.class, names = {"NON_ASN", "STATE_OFFICIAL"})
    void nonAsnWithRankIsRefused(EmploymentStatus status) {
        assertRefused("employee.rankNotAllowed",
                () -> new Employee(government, "Siti Aminah", status, null, Sex.FEMALE, null, PNS_III_A));
    }

    @Test
    void nonAsnNeedsNoNipButASex() {
        Employee staff = new Employee(government, "Siti Aminah", EmploymentStatus.NON_ASN, null, Sex.FEMALE, null, null);

        assertNull(staff.getNip());
        assertFalse(staff.isAsn());
        assertRefused("employee.sexRequired",
                () -> new Employee(government, "Siti Aminah", EmploymentStatus.NON_ASN, null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void nameIsRequired(String name) {
        assertRefused("employee.nameRequired",
                () -> new Employee(government, name, EmploymentStatus.PNS, MALE_1980, null, null, null));
    }

    @Test
    void statusIsRequired() {
        assertRefused("employee.statusRequired",
                () -> new Employee(government, "Budi", null, MALE_1980, null, null, null));
    }

    @Test
    void nameIsStripped() {
        assertEquals("Budi Santoso",
                new Employee(government, "  Budi Santoso ", EmploymentStatus.PNS, MALE_1980, null, null, null).getName());
    }

    @Test
    void refusedUpdateChangesNothing() {
        Employee employee = new Employee(government, "Budi Santoso", EmploymentStatus.PNS, MALE_1980, null, null,
                PNS_III_A);

        assertRefused("employee.rankSchemeMismatch", () -> employee.updatePersonalData("Budi Baru",
                EmploymentStatus.PPPK, MALE_1980, null, null, PNS_III_A));

        assertEquals("Budi Santoso", employee.getName());
        assertEquals(EmploymentStatus.PNS, employee.getStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"budi.santoso@jombangkab.go.id", "a@b.id"})
    void validEmailIsKept(String email) {
        Employee employee = Fixtures.pns(government, "Budi Santoso");

        employee.updateContact(email, " 0812 3456 789 ");

        assertEquals(email, employee.getEmail());
        assertEquals("0812 3456 789", employee.getPhone());
    }

    @Test
    void emailWithSurroundingSpacesIsAcceptedAndStripped() {
        Employee employee = Fixtures.pns(government, "Budi Santoso");

        employee.updateContact(" budi@jombangkab.go.id ", null);

        assertEquals("budi@jombangkab.go.id", employee.getEmail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"budi", "budi@", "@jombangkab.go.id", "budi@jombangkab", "budi santoso@x.id",
            "budi@@x.id"})
    void invalidEmailIsRefused(String email) {
        Employee employee = Fixtures.pns(government, "Budi Santoso");

        assertRefused("employee.emailInvalid", () -> employee.updateContact(email, null));
        assertNull(employee.getEmail());
    }

    @Test
    void blankContactIsCleared() {
        Employee employee = Fixtures.pns(government, "Budi Santoso");
        employee.updateContact("budi@x.id", "0812");

        employee.updateContact("  ", "");

        assertNull(employee.getEmail());
        assertNull(employee.getPhone());
    }
}
