package id.sikerja.domain.planning;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static id.sikerja.domain.planning.PlanningFixtures.HEAD;
import static id.sikerja.domain.planning.PlanningFixtures.OTHER;
import static id.sikerja.domain.planning.PlanningFixtures.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkpTest {

    private Skp submitted() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, HEAD);
        skp.addResult(STAFF, PlanningFixtures.nonJpt(ResultCategory.UTAMA, 70L));
        skp.submit(STAFF);
        return skp;
    }

    @Test
    void newSkpCoversTheRestOfTheYearWithTheSevenValues() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, HEAD);

        assertEquals(SkpState.DRAFT, skp.getState());
        assertEquals(LocalDate.of(2026, 12, 31), skp.getPeriodEnd());
        assertEquals(7, skp.getBehaviours().size());
        assertEquals(CoreValue.BERORIENTASI_PELAYANAN.name(), skp.getBehaviours().get(0).getValueCode());
    }

    @Test
    void aFirstSkpStartsOnTheFirstOfJanuaryOrOnTheDayThePositionWasTakenUp() {
        assertEquals(java.time.LocalDate.of(2026, 1, 1), Skp.firstPeriodStart(2026, java.time.LocalDate.of(2019, 3, 1)));
        assertEquals(java.time.LocalDate.of(2026, 7, 15), Skp.firstPeriodStart(2026, java.time.LocalDate.of(2026, 7, 15)));
        assertEquals(java.time.LocalDate.of(2026, 1, 1), Skp.firstPeriodStart(2026, null));
    }

    @Test
    void theMatrixWritesAMainResultStartingFromTheHeadsIndicatorAndTarget() {
        Indicator indicator = new Indicator(null, 0, null, "Persentase rujukan tepat waktu",
                new Target("90", "persen"), null, null);

        WorkResultLine staff = WorkResultLine.cascadedFrom(SkpForm.NON_JPT, "Rujukan terverifikasi", "dr. Rudi", indicator);
        assertEquals(ResultCategory.UTAMA, staff.category());
        assertEquals(Aspect.KUANTITAS, staff.aspect());
        assertNull(staff.origin());
        assertEquals(List.of("Persentase rujukan tepat waktu", "90", "persen"),
                List.of(staff.indicatorText(), staff.targetValue(), staff.targetUnit()));

        WorkResultLine jpt = WorkResultLine.cascadedFrom(SkpForm.JPT, "Rujukan terverifikasi", "dr. Rudi", indicator);
        assertEquals("dr. Rudi", jpt.origin());
        assertEquals(Perspective.PROSES_BISNIS, jpt.perspective());
        assertNull(jpt.aspect());
        assertEquals("Persentase rujukan tepat waktu (90 persen)", indicator.label());
    }

    @Test
    void ownerSubmitsALinkedMainResult() {
        Skp skp = submitted();

        assertEquals(SkpState.SUBMITTED, skp.getState());
    }

    @Test
    void onlyTheOwnerEditsAndSubmits() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, HEAD);
        assertRefused("error.accessDenied", () -> skp.addResult(OTHER, PlanningFixtures.nonJpt(ResultCategory.UTAMA, 1L)));
        assertRefused("error.accessDenied", () -> skp.addResult(HEAD, PlanningFixtures.nonJpt(ResultCategory.UTAMA, 1L)));
        skp.addResult(STAFF, PlanningFixtures.nonJpt(ResultCategory.UTAMA, 1L));
        assertRefused("error.accessDenied", () -> skp.submit(HEAD));
    }

    @Test
    void unlinkedResultsMayBeDraftedButAMainOneBlocksSubmission() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, HEAD);
        assertRefused("skp.noMainResult", () -> skp.submit(STAFF));
        WorkResult r = skp.addResult(STAFF, PlanningFixtures.nonJpt(ResultCategory.UTAMA, null));
        assertFalse(r.isLinked());
        skp.addResult(STAFF, PlanningFixtures.nonJpt(ResultCategory.TAMBAHAN, null));

        assertRefused("skp.unlinkedMainResults", () -> skp.submit(STAFF));
        assertEquals(SkpState.DRAFT, skp.getState());
    }

    @Test
    void anUnlinkedAdditionalResultDoesNotBlock() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, HEAD);
        skp.addResult(STAFF, PlanningFixtures.nonJpt(ResultCategory.UTAMA, 5L));
        skp.addResult(STAFF, PlanningFixtures.nonJpt(ResultCategory.TAMBAHAN, null));

        skp.submit(STAFF);
        assertEquals(SkpState.SUBMITTED, skp.getState());
    }

    @Test
    void jptResultsNeedAPerspectiveAndNoLink() {
        Skp skp = PlanningFixtures.skp(SkpForm.JPT, HEAD);
        assertRefused("skp.perspectiveRequired", () -> skp.addResult(STAFF, PlanningFixtures.jpt(null)));
        WorkResult r = skp.addResult(STAFF, PlanningFixtures.jpt(Perspective.PENERIMA_LAYANAN));
        assertNull(r.getAspect());
        assertEquals("Penugasan Bupati", r.getOrigin());

        skp.submit(STAFF);
        assertEquals(SkpState.SUBMITTED, skp.getState());
    }

    @Test
    void nonJptResultsNeedCategoryAspectIndicatorAndTarget() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, HEAD);
        assertRefused("skp.aspectRequired", () -> skp.addResult(STAFF, new WorkResultLine(ResultCategory.UTAMA, "Hasil",
                null, null, null, "IKI", "1", null, null, null, null, null)));
        assertRefused("skp.categoryRequired", () -> skp.addResult(STAFF, new WorkResultLine(null, "Hasil",
                null, Aspect.WAKTU, null, "IKI", "1", null, null, null, null, null)));
        assertRefused("skp.indicatorRequired", () -> skp.addResult(STAFF, new WorkResultLine(ResultCategory.UTAMA,
                "Hasil", null, Aspect.WAKTU, null, " ", "1", null, null, null, null, null)));
        assertRefused("plan.targetRequired", () -> skp.addResult(STAFF, new WorkResultLine(ResultCategory.UTAMA,
                "Hasil", null, Aspect.WAKTU, null, "IKI", "", null, null, null, null, null)));
        assertRefused("skp.linkOneOnly", () -> skp.addResult(STAFF, new WorkResultLine(ResultCategory.UTAMA,
                "Hasil", null, Aspect.WAKTU, null, "IKI", "1", null, 1L, 2L, "x", null)));
        assertTrue(skp.getResults().isEmpty());
    }

    @Test
    void noAppraiserNoSubmission() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, null);
        skp.addResult(STAFF, PlanningFixtures.nonJpt(ResultCategory.UTAMA, 70L));
        assertRefused("skp.noAppraiser", () -> skp.submit(STAFF));
    }

    @Test
    void onlyTheAppraiserApprovesOrReturns() {
        Skp skp = submitted();
        assertRefused("error.accessDenied", () -> skp.approve(OTHER, PlanningFixtures.common(), true));
        assertRefused("error.accessDenied", () -> skp.approve(STAFF, PlanningFixtures.common(), true));
        assertRefused("error.accessDenied", () -> skp.returnForRevision(OTHER, "x"));

        skp.approve(HEAD, PlanningFixtures.common(), false);
        assertEquals(SkpState.APPROVED, skp.getState());
        assertRefused("skp.notSubmitted", () -> skp.approve(HEAD, PlanningFixtures.common(), false));
        assertRefused("skp.notEditable", () -> skp.addResult(STAFF, PlanningFixtures.nonJpt(ResultCategory.TAMBAHAN, null)));
    }

    @Test
    void draftCannotBeApprovedOrReturned() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, HEAD);
        assertRefused("skp.notSubmitted", () -> skp.approve(HEAD, PlanningFixtures.common(), true));
        assertRefused("skp.notSubmitted", () -> skp.returnForRevision(HEAD, "x"));
    }

    @Test
    void returnedWithNotesThenFixedAndResubmitted() {
        Skp skp = submitted();
        assertRefused("skp.notesRequired", () -> skp.returnForRevision(HEAD, "  "));
        skp.returnForRevision(HEAD, "Target terlalu rendah");
        assertEquals(SkpState.RETURNED, skp.getState());
        assertEquals("Target terlalu rendah", skp.getReturnNotes());

        skp.chooseApproach(STAFF, Approach.KUALITATIF);
        skp.submit(STAFF);
        skp.approve(HEAD, PlanningFixtures.common(), false);
        assertEquals(SkpState.APPROVED, skp.getState());
        assertEquals(Approach.KUALITATIF, skp.getApproach());
    }

    @Test
    void planningDialogueIsRequiredBeforeApprovalWhereThePolicySaysSo() {
        Skp pasuruan = submitted();
        assertRefused("skp.planningDialogueRequired", () -> pasuruan.approve(HEAD, PlanningFixtures.pasuruan(), false));
        assertEquals(SkpState.SUBMITTED, pasuruan.getState());
        pasuruan.approve(HEAD, PlanningFixtures.pasuruan(), true);
        assertEquals(SkpState.APPROVED, pasuruan.getState());

        Skp kayong = submitted();
        kayong.approve(HEAD, PlanningFixtures.common(), false);
        assertEquals(SkpState.APPROVED, kayong.getState());
    }

    @Test
    void partYearSkpClosesAndIsKept() {
        Skp skp = submitted();
        skp.approve(HEAD, PlanningFixtures.common(), false);
        assertTrue(skp.isOutdatedBy(OTHER));
        assertFalse(skp.isOutdatedBy(HEAD));

        assertRefused("skp.closeBeforeStart", () -> skp.closeAt(LocalDate.of(2025, 12, 31)));
        skp.closeAt(LocalDate.of(2026, 6, 30));

        assertEquals(SkpState.CLOSED, skp.getState());
        assertEquals(LocalDate.of(2026, 6, 30), skp.getPeriodEnd());
        assertEquals(1, skp.getResults().size(), "the closed SKP keeps its content");
        assertFalse(skp.isOutdatedBy(OTHER));
        assertRefused("skp.alreadyClosed", () -> skp.closeAt(LocalDate.of(2026, 7, 31)));
    }

    @Test
    void cascadingWritesIntoEditableSkpsOnly() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, HEAD);
        skp.cascade(PlanningFixtures.nonJpt(ResultCategory.UTAMA, 70L));
        assertTrue(skp.resultSupporting(70L).isPresent());
        skp.submit(STAFF);
        assertRefused("skp.notEditable", () -> skp.cascade(PlanningFixtures.nonJpt(ResultCategory.UTAMA, 71L)));
    }

    @Test
    void reviewFlagClearsWhenTheOwnerRelinks() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, HEAD);
        WorkResult r = skp.addResult(STAFF, PlanningFixtures.nonJpt(ResultCategory.UTAMA, 70L));
        PlanningFixtures.setId(r, 500);
        r.flagForReview();
        assertTrue(r.isNeedsReview());

        skp.updateResult(STAFF, 500, PlanningFixtures.nonJpt(ResultCategory.UTAMA, 71L));
        assertFalse(r.isNeedsReview());
        assertEquals(71L, r.getSupportedIndicatorId());
    }

    @Test
    void theAppraiserWritesBehaviourExpectations() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, HEAD);
        skp.expectBehaviour(HEAD, Map.of("AKUNTABEL", "Laporan tepat waktu"));
        assertRefused("error.accessDenied", () -> skp.expectBehaviour(OTHER, Map.of("AKUNTABEL", "x")));
        assertEquals("Laporan tepat waktu", skp.getBehaviours().get(1).getExpectation());
    }

    /** "Ekspektasi Khusus Pimpinan" (PermenPANRB 6/2022 Lampiran): the superior's expectation, not the employee's. */
    @Test
    void onlyTheAppraiserWritesTheExpectations() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, HEAD);
        assertRefused("error.accessDenied", () -> skp.expectBehaviour(STAFF, Map.of("AKUNTABEL", "Saya sendiri")));
        assertNull(skp.getBehaviours().get(1).getExpectation());

        Skp submitted = submitted();
        assertRefused("error.accessDenied", () -> submitted.expectBehaviour(STAFF, Map.of("AKUNTABEL", "Saya sendiri")));
        submitted.expectBehaviour(HEAD, Map.of("AKUNTABEL", "Laporan tepat waktu"));
        assertEquals("Laporan tepat waktu", submitted.getBehaviours().get(1).getExpectation());
        submitted.approve(HEAD, PlanningFixtures.common(), true);
        assertRefused("skp.notEditable", () -> submitted.expectBehaviour(HEAD, Map.of("AKUNTABEL", "x")));
    }

    @Test
    void annexIsTheOwners() {
        Skp skp = PlanningFixtures.skp(SkpForm.NON_JPT, HEAD);

        skp.replaceAnnex(STAFF, AnnexKind.RESOURCE, List.of("Laptop", " ", "Anggaran DPA"));
        skp.replaceAnnex(STAFF, AnnexKind.CONSEQUENCE, List.of("Teguran"));
        assertEquals(3, skp.getAnnex().size());
        skp.replaceAnnex(STAFF, AnnexKind.RESOURCE, List.of("Laptop"));
        assertEquals(2, skp.getAnnex().size());
    }

    @Test
    void formFollowsThePositionClass() {
        assertEquals(SkpForm.JPT, SkpForm.of(id.sikerja.domain.organisation.PositionClass.JPT_PRATAMA));
        assertEquals(SkpForm.NON_JPT, SkpForm.of(id.sikerja.domain.organisation.PositionClass.ADMINISTRATOR));
        assertEquals(SkpForm.NON_JPT, SkpForm.of(id.sikerja.domain.organisation.PositionClass.PELAKSANA));
    }
}
