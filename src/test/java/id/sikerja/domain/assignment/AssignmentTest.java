package id.sikerja.domain.assignment;

import id.sikerja.domain.policy.LetterSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentTest {

    private final AssignmentFixtures f = new AssignmentFixtures();
    private final LocalDate day = LocalDate.of(2026, 2, 1);

    private Assignment assignment(AssignmentRole role, String detail, List<String> tasks, LocalDate end, String basis) {
        return new Assignment(f.staff, f.healthField, f.head, f.head, LetterSigner.UNIT_HEAD, AssignmentMode.APPOINTMENT,
                role, detail, tasks, false, day, end, basis, List.of("Kepala Dinas Kesehatan", " "), null);
    }

    private Assignment valid() {
        return assignment(AssignmentRole.TEAM_MEMBER, "Tim Stunting", List.of("Menyusun data\nMengolah data", " "),
                day.plusMonths(3), "Pasal 9 ayat (4) Perwali 41/2023");
    }

    @Test
    void aNewAssignmentWaitsForItsSignerWithCleanContent() {
        Assignment a = valid();
        assertEquals(AssignmentStatus.AWAITING_SIGNATURE, a.getStatus());
        assertEquals(List.of("Menyusun data", "Mengolah data"), a.taskList());
        assertEquals(List.of("Kepala Dinas Kesehatan"), a.copyList());
        assertEquals(AssignmentScope.WITHIN_UNIT, a.getScope());
        assertNull(a.getLetterNumber());
    }

    @Test
    void incompleteContentIsRefused() {
        assertRefused("assignment.roleRequired", () -> assignment(null, null, List.of("x"), null, "dasar"));
        assertRefused("assignment.roleDetailRequired", () -> assignment(AssignmentRole.TEAM_LEAD, " ", List.of("x"), null, "dasar"));
        assertRefused("assignment.tasksRequired", () -> assignment(AssignmentRole.PPTK, null, List.of(" ", ""), null, "dasar"));
        assertRefused("assignment.endBeforeStart", () -> assignment(AssignmentRole.PPTK, null, List.of("x"), day.minusDays(1), "dasar"));
        assertRefused("assignment.legalBasisRequired", () -> assignment(AssignmentRole.PPTK, null, List.of("x"), null, " "));
    }

    @Test
    void theSignerIssuesTheLetterWithNumberAndDate() {
        Assignment a = valid();
        a.sign(f.head.getId(), "800/001/ST/2026", day);
        assertEquals(AssignmentStatus.ISSUED, a.getStatus());
        assertEquals("800/001/ST/2026", a.getLetterNumber());
        assertEquals(day, a.getLetterDate());
        assertTrue(a.isActiveOn(day.plusDays(1)));
        assertFalse(a.isActiveOn(day.plusMonths(4)));
    }

    @Test
    void nobodyButTheSignerSignsAndOnlyOnce() {
        Assignment a = valid();
        assertRefused("assignment.notTheSigner", () -> a.sign(f.staff.getId(), "1", day));
        a.sign(f.head.getId(), "1", day);
        assertRefused("assignment.notAwaitingSignature", () -> a.sign(f.head.getId(), "2", day));
        assertRefused("assignment.notAwaitingSignature", () -> a.refuse(f.head.getId(), "terlambat"));
        assertEquals("1", a.getLetterNumber());
    }

    @Test
    void theSignerRefusesOnlyWithAReason() {
        Assignment a = valid();
        assertRefused("assignment.reasonRequired", () -> a.refuse(f.head.getId(), "  "));
        assertRefused("assignment.notTheSigner", () -> a.refuse(f.staff.getId(), "bukan saya"));
        assertEquals(AssignmentStatus.AWAITING_SIGNATURE, a.getStatus());
        a.refuse(f.head.getId(), " beban kerja penuh ");
        assertEquals(AssignmentStatus.REFUSED, a.getStatus());
        assertEquals("beban kerja penuh", a.getRefusalReason());
        assertRefused("assignment.notAwaitingSignature", () -> a.sign(f.head.getId(), "1", day));
    }

    /** KU Lampiran I huruf B huruf d: the appraiser accepts the unit head's proposal before the letter is signed. */
    @Test
    void aProposalWaitsForItsAcceptorWhoAcceptsItForSignature() {
        Assignment a = valid().proposeTo(f.librarian);
        assertEquals(AssignmentStatus.PROPOSED, a.getStatus());
        assertEquals(f.librarian, a.getProposedTo().orElseThrow());
        assertRefused("assignment.notAwaitingSignature", () -> a.sign(f.head.getId(), "1", day));
        assertRefused("assignment.notTheAcceptor", () -> a.accept(f.head.getId()));
        assertEquals(AssignmentStatus.PROPOSED, a.getStatus());
        a.accept(f.librarian.getId());
        assertEquals(AssignmentStatus.AWAITING_SIGNATURE, a.getStatus());
        assertRefused("assignment.notProposed", () -> a.accept(f.librarian.getId()));
        a.sign(f.head.getId(), "800/002/SK/2026", day);
        assertEquals(AssignmentStatus.ISSUED, a.getStatus());
    }

    @Test
    void theAcceptorRefusesAProposalOnlyWithAReasonAndNothingGoesToSignature() {
        Assignment a = valid().proposeTo(f.librarian);
        assertRefused("assignment.reasonRequired", () -> a.decline(f.librarian.getId(), " "));
        assertRefused("assignment.notTheAcceptor", () -> a.decline(f.staff.getId(), "bukan saya"));
        a.decline(f.librarian.getId(), " pegawai sedang cuti ");
        assertEquals(AssignmentStatus.REFUSED, a.getStatus());
        assertEquals("pegawai sedang cuti", a.getRefusalReason());
        assertRefused("assignment.notAwaitingSignature", () -> a.sign(f.head.getId(), "1", day));
    }

    @Test
    void aDirectAppointmentHasNobodyToAcceptAndOnlyANewOneBecomesAProposal() {
        Assignment a = valid();
        assertTrue(a.getProposedTo().isEmpty());
        assertRefused("assignment.notTheAcceptor", () -> a.accept(f.head.getId()));
        a.sign(f.head.getId(), "1", day);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> a.proposeTo(f.librarian));
    }

    @ParameterizedTest
    @EnumSource(LetterSigner.class)
    void theSigningUnitFollowsThePolicy(LetterSigner policy) {
        assertSame(policy == LetterSigner.UNIT_HEAD ? f.healthField : f.healthRoot,
                Assignment.signingUnit(policy, f.healthField));
        assertSame(f.healthRoot, Assignment.signingUnit(policy, f.healthRoot));
    }

    @Test
    void letterCodesPerKind() {
        assertEquals("SK", Assignment.letterCode(LetterSigner.DEPARTMENT_HEAD_DECREE));
        assertEquals("SPT", Assignment.letterCode(LetterSigner.DEPARTMENT_HEAD_ORDER));
        assertEquals("ST", Assignment.letterCode(LetterSigner.UNIT_HEAD));
        assertEquals("ST", Assignment.letterCode(LetterSigner.PERFORMANCE_OWNER));
    }

    @Test
    void onlyHeadsAppraisersAndTheRegionalHeadAppoint() {
        Assignment.requireAppointer(true, false, false);
        Assignment.requireAppointer(false, true, false);
        Assignment.requireAppointer(false, false, true);
        assertRefused("assignment.notYourPerson", () -> Assignment.requireAppointer(false, false, false));
    }

    @Test
    void scopeFollowsWhereThePersonSits() {
        assertEquals(AssignmentScope.WITHIN_UNIT, AssignmentScope.between(f.healthRoot, f.healthField));
        assertEquals(AssignmentScope.CROSS_UNIT, AssignmentScope.between(f.healthOther, f.healthField));
        assertEquals(AssignmentScope.CROSS_DEPARTMENT, AssignmentScope.between(f.healthField, f.libraryRoot));
        Assignment cross = new Assignment(f.librarian, f.healthField, f.head, f.head, LetterSigner.UNIT_HEAD,
                AssignmentMode.APPOINTMENT, AssignmentRole.OTHER, "Narasumber", List.of("x"), true, day, null, "dasar",
                List.of(), 7L);
        assertEquals(AssignmentScope.CROSS_DEPARTMENT, cross.getScope());
        assertEquals(7L, cross.getTeamId());
    }
}
