package id.sikerja.domain.assignment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.sikerja.domain.policy.VolunteerRoute;

import java.time.LocalDate;
import java.util.List;

import static id.sikerja.domain.assignment.VolunteerStep.HEAD_APPROVAL;
import static id.sikerja.domain.assignment.VolunteerStep.OWN_APPROVAL;
import static id.sikerja.domain.assignment.VolunteerStep.OWN_RECOMMENDATION;
import static id.sikerja.domain.assignment.VolunteerStep.TARGET_APPROVAL;
import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VolunteerApplicationTest {

    private final AssignmentFixtures f = new AssignmentFixtures();
    private final LocalDate day = LocalDate.now();

    private VolunteerApplication apply(WorkNeed need, boolean needsAnnouncement, String target) {
        return apply(need, needsAnnouncement, target, VolunteerRoute.OWN_RECOMMENDATION_FIRST);
    }

    private VolunteerApplication apply(WorkNeed need, boolean needsAnnouncement, String target, VolunteerRoute route) {
        return new VolunteerApplication(f.staff, f.healthField, target == null ? null
                : target.equals("other") ? f.healthOther : f.libraryRoot, need, needsAnnouncement, route,
                "Saya terampil mengolah data", List.of("Mengolah data surveilans"), day, day.plusMonths(2));
    }

    private WorkNeed need() {
        return new WorkNeed(f.healthField, f.head, "Pengolah data stunting", "Membantu validasi data", day.plusDays(30));
    }

    @Test
    void withinTheUnitTheHeadApprovesOnce() {
        VolunteerApplication a = apply(null, false, null);
        assertEquals(AssignmentScope.WITHIN_UNIT, a.getScope());
        assertEquals(List.of(HEAD_APPROVAL), a.steps());
        a.awaiting(f.head.getId());
        assertRefused("secondment.notYourStep", () -> a.approve(f.librarian.getId()));
        assertEquals(HEAD_APPROVAL, a.approve(f.head.getId()));
        assertEquals(SecondmentStatus.COMPLETED, a.getStatus());
        assertNull(a.currentStep());
        a.granted(77L);
        assertEquals(77L, a.getAssignmentId());
        assertRefused("volunteer.closed", () -> a.approve(f.head.getId()));
    }

    /** KL Lampiran 2.q.2): where the policy says so, a within-unit application answers an announced need. */
    @ParameterizedTest
    @CsvSource({"true, true", "false, false"})
    void anAnnouncedNeedIsRequiredOnlyWhereThePolicySaysSo(boolean needsAnnouncement, boolean refused) {
        if (refused) {
            assertRefused("volunteer.needRequired", () -> apply(null, needsAnnouncement, null));
        } else {
            assertEquals(AssignmentScope.WITHIN_UNIT, apply(null, needsAnnouncement, null).getScope());
        }
        VolunteerApplication answering = apply(need(), needsAnnouncement, null);
        assertEquals(f.healthField, answering.getTargetUnit());
        // across units no announcement is needed
        assertEquals(AssignmentScope.CROSS_UNIT, apply(null, needsAnnouncement, "other").getScope());
    }

    @Test
    void aClosedNeedTakesNoApplications() {
        WorkNeed need = need();
        assertTrue(need.isOpenOn(day));
        need.close();
        assertFalse(need.isOpenOn(day));
        assertRefused("volunteer.needClosed", () -> apply(need, true, null));
        WorkNeed expired = new WorkNeed(f.healthField, f.head, "Lama", "Sudah lewat", day.minusDays(1));
        assertRefused("volunteer.needClosed", () -> apply(expired, true, null));
        assertRefused("volunteer.needContentRequired", () -> new WorkNeed(f.healthField, f.head, " ", "x", null));
    }

    @Test
    void acrossUnitsOwnRecommendationTargetApprovalOwnApproval() {
        VolunteerApplication a = apply(null, true, "other");
        assertEquals(List.of(OWN_RECOMMENDATION, TARGET_APPROVAL, OWN_APPROVAL), a.steps());
        a.awaiting(f.head.getId());
        assertEquals(OWN_RECOMMENDATION, a.approve(f.head.getId()));
        a.awaiting(f.librarian.getId());
        assertEquals(TARGET_APPROVAL, a.approve(f.librarian.getId()));
        a.awaiting(f.head.getId());
        assertEquals(OWN_APPROVAL, a.approve(f.head.getId()));
        assertEquals(SecondmentStatus.COMPLETED, a.getStatus());
    }

    @Test
    void jombangTheTargetApprovesFirstThenTheOwnAppraiser() {
        VolunteerApplication a = apply(null, false, "other", VolunteerRoute.TARGET_FIRST);
        assertEquals(List.of(TARGET_APPROVAL, OWN_APPROVAL), a.steps());
        a.awaiting(f.librarian.getId());
        assertRefused("secondment.notYourStep", () -> a.approve(f.head.getId()));
        assertEquals(TARGET_APPROVAL, a.approve(f.librarian.getId()));
        a.awaiting(f.head.getId());
        assertEquals(OWN_APPROVAL, a.approve(f.head.getId()));
        assertEquals(SecondmentStatus.COMPLETED, a.getStatus());
    }

    @Test
    void klatenTheOwnHeadAnswersThePartnerAlone() {
        VolunteerApplication a = apply(null, false, "library", VolunteerRoute.OWN_HEAD_ANSWERS_PARTNER);
        assertEquals(List.of(OWN_APPROVAL), a.steps());
        a.awaiting(f.head.getId());
        assertEquals(OWN_APPROVAL, a.approve(f.head.getId()));
        assertEquals(SecondmentStatus.COMPLETED, a.getStatus());
    }

    @Test
    void withinTheUnitEveryRouteHasTheHeadApprove() {
        for (VolunteerRoute route : VolunteerRoute.values()) {
            assertEquals(List.of(HEAD_APPROVAL), apply(null, false, null, route).steps(), route.name());
        }
    }

    @Test
    void aRefusalAtAnyStepNeedsAReasonAndEndsIt() {
        VolunteerApplication a = apply(null, false, "library");
        assertEquals(AssignmentScope.CROSS_DEPARTMENT, a.getScope());
        a.awaiting(f.head.getId());
        a.approve(f.head.getId());
        a.awaiting(f.librarian.getId());
        assertRefused("assignment.reasonRequired", () -> a.refuse(f.librarian.getId(), ""));
        assertEquals(TARGET_APPROVAL, a.refuse(f.librarian.getId(), "Kuota unit sudah penuh"));
        assertEquals(SecondmentStatus.REFUSED, a.getStatus());
        assertEquals("Kuota unit sudah penuh", a.getRefusalReason());
        assertRefused("volunteer.closed", () -> a.approve(f.librarian.getId()));
        assertThrows(IllegalStateException.class, () -> a.granted(1L));
    }

    @Test
    void nobodyApprovesTheirOwnApplicationAndContentIsRequired() {
        VolunteerApplication a = apply(null, false, null);
        assertRefused("volunteer.ownApproval", () -> a.awaiting(f.staff.getId()));
        assertRefused("secondment.noActor", () -> a.awaiting(null));
        assertRefused("volunteer.offerRequired", () -> new VolunteerApplication(f.staff, f.healthField, null, null,
                false, VolunteerRoute.OWN_RECOMMENDATION_FIRST, " ", List.of("x"), day, null));
        assertRefused("assignment.tasksRequired", () -> new VolunteerApplication(f.staff, f.healthField, null, null,
                false, VolunteerRoute.OWN_RECOMMENDATION_FIRST, "offer", List.of(), day, null));
        assertRefused("assignment.endBeforeStart", () -> new VolunteerApplication(f.staff, f.healthField, null, null,
                false, VolunteerRoute.OWN_RECOMMENDATION_FIRST, "offer", List.of("x"), day, day.minusDays(1)));
    }
}
