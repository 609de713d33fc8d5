package id.sikerja.domain.planning;

import org.junit.jupiter.api.Test;

import java.util.List;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static id.sikerja.domain.planning.PlanningFixtures.HEAD;
import static id.sikerja.domain.planning.PlanningFixtures.OTHER;
import static id.sikerja.domain.planning.PlanningFixtures.SUPERIOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerformanceAgreementTest {

    @Test
    void draftIsSubmittedToTheApprover() {
        PerformanceAgreement a = PlanningFixtures.filledAgreement();

        a.submit(HEAD, SUPERIOR, "Kepala Dinas");

        assertEquals(AgreementState.SUBMITTED, a.getState());
        assertEquals(SUPERIOR, a.getApproverId());
    }

    @Test
    void emptyAgreementCannotBeSubmitted() {
        PerformanceAgreement a = PlanningFixtures.agreement();
        assertRefused("agreement.incomplete", () -> a.submit(HEAD, SUPERIOR, "Kepala Dinas"));

        a.replaceContent(List.of(new AgreementLine("Sasaran tanpa indikator", List.of())), PlanningFixtures.common());
        assertRefused("agreement.incomplete", () -> a.submit(HEAD, SUPERIOR, "Kepala Dinas"));
        assertEquals(AgreementState.DRAFT, a.getState());
    }

    @Test
    void blankObjectiveOrIndicatorOrTargetIsRefused() {
        PerformanceAgreement a = PlanningFixtures.agreement();
        assertRefused("agreement.objectiveRequired", () -> a.replaceContent(
                List.of(new AgreementLine(" ", List.of())), PlanningFixtures.common()));
        assertRefused("agreement.indicatorRequired", () -> a.replaceContent(List.of(new AgreementLine("S",
                List.of(new AgreementLine.IndicatorLine(null, "", "1", null, null)))), PlanningFixtures.common()));
        assertRefused("plan.targetRequired", () -> a.replaceContent(List.of(new AgreementLine("S",
                List.of(new AgreementLine.IndicatorLine(null, "I", " ", null, null)))), PlanningFixtures.common()));
        assertTrue(a.getObjectives().isEmpty());
    }

    @Test
    void workModeIsRequiredOnlyWhereThePolicyAsksForIt() {
        PerformanceAgreement pasuruan = PlanningFixtures.agreement();
        assertRefused("agreement.workModeRequired",
                () -> pasuruan.replaceContent(PlanningFixtures.lines(null), PlanningFixtures.pasuruan()));
        pasuruan.replaceContent(PlanningFixtures.lines(WorkMode.TEAM), PlanningFixtures.pasuruan());
        assertEquals(WorkMode.TEAM, pasuruan.indicators().get(0).getWorkMode());

        PerformanceAgreement kayong = PlanningFixtures.agreement();
        kayong.replaceContent(PlanningFixtures.lines(WorkMode.TEAM), PlanningFixtures.common());
        assertNull(kayong.indicators().get(0).getWorkMode(), "not recorded where the policy does not ask for it");
    }

    @Test
    void onlyTheNamedApproverApprovesOrReturns() {
        PerformanceAgreement a = PlanningFixtures.filledAgreement();
        a.submit(HEAD, SUPERIOR, "Kepala Dinas");

        assertRefused("error.accessDenied", () -> a.approve(OTHER));
        assertRefused("error.accessDenied", () -> a.approve(HEAD));
        assertRefused("error.accessDenied", () -> a.returnForRevision(OTHER, "kurang"));
        a.approve(SUPERIOR);

        assertEquals(AgreementState.APPROVED, a.getState());
    }

    @Test
    void returnNeedsAReasonAndAllowsFixingAndResubmitting() {
        PerformanceAgreement a = PlanningFixtures.filledAgreement();
        a.submit(HEAD, SUPERIOR, "Kepala Dinas");

        assertRefused("agreement.reasonRequired", () -> a.returnForRevision(SUPERIOR, " "));
        a.returnForRevision(SUPERIOR, "Target terlalu rendah");
        assertEquals(AgreementState.RETURNED, a.getState());
        assertEquals("Target terlalu rendah", a.getReturnReason());

        a.replaceContent(PlanningFixtures.lines(null), PlanningFixtures.common());
        a.submit(HEAD, SUPERIOR, "Kepala Dinas");
        a.approve(SUPERIOR);
        assertEquals(AgreementState.APPROVED, a.getState());
        assertNull(a.getReturnReason());
    }

    @Test
    void submittedOrApprovedAgreementIsNotEditable() {
        PerformanceAgreement a = PlanningFixtures.filledAgreement();
        a.submit(HEAD, SUPERIOR, "Kepala Dinas");
        assertRefused("agreement.notEditable", () -> a.replaceContent(PlanningFixtures.lines(null),
                PlanningFixtures.common()));
        assertRefused("agreement.notEditable", () -> a.submit(HEAD, SUPERIOR, "Kepala Dinas"));
        a.approve(SUPERIOR);
        assertRefused("agreement.notEditable", () -> a.replaceContent(PlanningFixtures.lines(null),
                PlanningFixtures.common()));
        assertRefused("agreement.notSubmitted", () -> a.approve(SUPERIOR));
        assertRefused("agreement.notSubmitted", () -> a.returnForRevision(SUPERIOR, "x"));
    }

    @Test
    void amendmentIsANewRevisionThatKeepsTheOldOne() {
        PerformanceAgreement a = PlanningFixtures.filledAgreement();
        assertRefused("agreement.amendOnlyApproved", () -> a.amend("perubahan kegiatan"));
        a.submit(HEAD, SUPERIOR, "Kepala Dinas");
        a.approve(SUPERIOR);
        PlanningFixtures.setId(a, 7);
        Indicator first = a.indicators().get(0);
        Indicator second = a.indicators().get(1);
        PlanningFixtures.setId(first, 70);
        PlanningFixtures.setId(second, 71);

        assertRefused("agreement.reasonRequired", () -> a.amend(""));
        PerformanceAgreement next = a.amend("Perubahan anggaran");

        assertEquals(2, next.getRevision());
        assertEquals(7L, next.getPreviousId());
        assertEquals(AgreementState.DRAFT, next.getState());
        assertEquals(AgreementState.APPROVED, a.getState(), "the old revision stays approved until the new one is");
        assertEquals(List.of(70L, 71L), next.indicators().stream().map(Indicator::getOriginId).toList());

        // change the target of the second indicator, keep the first
        next.replaceContent(List.of(new AgreementLine("Meningkatnya mutu layanan kesehatan", List.of(
                new AgreementLine.IndicatorLine(70L, "Persentase puskesmas terakreditasi", "90", "%", null),
                new AgreementLine.IndicatorLine(71L, "Indeks kepuasan masyarakat", "88", "indeks", null)))),
                PlanningFixtures.common());
        assertTrue(next.unchangedSuccessorOf(first).isPresent());
        assertTrue(next.unchangedSuccessorOf(second).isEmpty(), "a changed target has no unchanged successor");

        a.supersede();
        assertEquals(AgreementState.SUPERSEDED, a.getState());
        assertRefused("agreement.amendOnlyApproved", a::supersede);
    }

    @Test
    void removedIndicatorHasNoSuccessor() {
        PerformanceAgreement a = PlanningFixtures.filledAgreement();
        a.submit(HEAD, SUPERIOR, "Kepala Dinas");
        a.approve(SUPERIOR);
        Indicator second = a.indicators().get(1);
        PlanningFixtures.setId(second, 71);
        PerformanceAgreement next = a.amend("Indikator dihapus");
        next.replaceContent(List.of(new AgreementLine("Meningkatnya mutu layanan kesehatan", List.of(
                new AgreementLine.IndicatorLine(70L, "Persentase puskesmas terakreditasi", "90", "%", null)))),
                PlanningFixtures.common());

        assertTrue(next.unchangedSuccessorOf(second).isEmpty());
    }

    @Test
    void unitHeadsOwnAgreementsLeadsOnlyWhereThePolicySaysSo() {
        PerformanceAgreement.requireEligibleOwner(true, false, false, PlanningFixtures.common());
        PerformanceAgreement.requireEligibleOwner(false, true, true, PlanningFixtures.klaten());

        assertRefused("agreement.leadsDoNotSign",
                () -> PerformanceAgreement.requireEligibleOwner(false, true, true, PlanningFixtures.common()));
        // KL Pasal 16(3) names the ketua kelompok kerja, not an ad-hoc tim's
        assertRefused("agreement.leadsDoNotSign", () -> PerformanceAgreement.requireEligibleOwner(false, false, true, PlanningFixtures.klaten()));
        assertRefused("agreement.ownerNotEligible",
                () -> PerformanceAgreement.requireEligibleOwner(false, false, false, PlanningFixtures.klaten()));
    }

    @Test
    void departmentHeadsAreSignedByTheRegionalHeadOthersByTheirAppraiser() {
        assertEquals(1L, PerformanceAgreement.approverFor(true, 5L, 1L));
        assertEquals(5L, PerformanceAgreement.approverFor(false, 5L, 1L));
        assertRefused("agreement.noApprover", () -> PerformanceAgreement.approverFor(false, null, 1L));
        assertRefused("agreement.noApprover", () -> PerformanceAgreement.approverFor(true, 5L, null));
    }

    @Test
    void yearMustBePlausible() {
        assertRefused("agreement.yearInvalid", () -> new PerformanceAgreement(1, 1, 1, 1, 1999, "x", null, null));
    }
}
