package id.sikerja.domain.assignment;

import id.sikerja.domain.organisation.Fixtures;
import id.sikerja.domain.policy.CrossDepartmentApproval;
import id.sikerja.domain.policy.LeadSelection;
import id.sikerja.domain.policy.LetterSigner;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.team.WorkTeam;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A team takes in people of its owner unit; staff of another unit or department only once their side has
 * released them: an issued assignment from a completed request or an approved voluntary application
 * (KU Lampiran I huruf B huruf a angka 2)-3); JB Lampiran II huruf B angka 2 huruf a; KL Lampiran huruf B
 * angka 2 huruf q angka 1); PS Lampiran I huruf B angka 2 huruf A angka 2) ii).
 */
class TeamReleaseTest {

    private final AssignmentFixtures f = new AssignmentFixtures();
    private final LocalDate day = LocalDate.now();

    private WorkTeam team() {
        PolicyProfile p = new PolicyProfile(Fixtures.government("REL"));
        p.configure(1, LetterSigner.DEPARTMENT_HEAD_DECREE, CrossDepartmentApproval.AS_CROSS_UNIT, LeadSelection.BY_HEAD,
                false, false, EnumSet.of(WorkTeamKind.TIM_KERJA), false, false, false, null);
        return WorkTeam.form(p, f.healthField, "Tim Digitalisasi Rujukan", "Digitalisasi arsip", WorkTeamKind.TIM_KERJA,
                day, day.plusMonths(3));
    }

    /** The librarian assigned to the health field's work, from a request (secondment 7) or directly. */
    private Assignment librarianAssigned(Long secondment, Long volunteer, boolean issued, LocalDate start) {
        Assignment a = new Assignment(f.librarian, f.healthField, f.head, f.head, LetterSigner.UNIT_HEAD,
                secondment != null ? AssignmentMode.APPOINTMENT : AssignmentMode.VOLUNTEER,
                AssignmentRole.TEAM_MEMBER, "Tim Digitalisasi Rujukan", List.of("Mengolah arsip"), false, start,
                start.plusMonths(2), "dasar", List.of(), null).from(secondment, volunteer);
        if (issued) {
            a.sign(f.head.getId(), "800/001/ST/2026", day);
        }
        return a;
    }

    @Test
    void peopleOfTheOwnerUnitJoinWithoutMore() {
        assertTrue(team().admits(f.healthField, List.of()));
    }

    @Test
    void staffOfAnotherDepartmentJoinOnlyWhenReleasedByAnIssuedAssignment() {
        WorkTeam t = team();
        assertFalse(t.admits(f.libraryRoot, List.of()), "no request, no member");
        assertFalse(t.admits(f.libraryRoot, List.of(librarianAssigned(7L, null, false, day))),
                "the letter is not issued yet");
        assertTrue(t.admits(f.libraryRoot, List.of(librarianAssigned(7L, null, true, day))), "from a request");
        assertTrue(t.admits(f.libraryRoot, List.of(librarianAssigned(null, 9L, true, day))),
                "from a voluntary application");
        assertRefused("team.memberNotReleased", () -> t.requireAdmitted(f.librarian, f.libraryRoot, List.of()));
    }

    @Test
    void anAssignmentOutsideTheTeamsPeriodOrForOtherWorkDoesNotRelease() {
        WorkTeam t = team();
        assertFalse(t.releases(librarianAssigned(7L, null, true, day.plusMonths(4))), "starts after the team ends");
        Assignment elsewhere = new Assignment(f.librarian, f.libraryRoot, f.head, f.head, LetterSigner.UNIT_HEAD,
                AssignmentMode.APPOINTMENT, AssignmentRole.TEAM_MEMBER, "x", List.of("x"), false, day, null, "dasar",
                List.of(), null).from(7L, null);
        elsewhere.sign(f.head.getId(), "800/002/ST/2026", day);
        assertFalse(t.releases(elsewhere), "owned by the library's own work, not the health field's");
    }
}
