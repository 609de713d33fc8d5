package id.sikerja.domain.assignment;

import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.policy.CrossDepartmentApproval;
import id.sikerja.infrastructure.seed.GovernmentSeed;
import id.sikerja.infrastructure.seed.SeedParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static id.sikerja.domain.assignment.SecondmentStep.OWN_AUTHORITY_FORWARD;
import static id.sikerja.domain.assignment.SecondmentStep.REGIONAL_HEAD_RECOMMENDATION;
import static id.sikerja.domain.assignment.SecondmentStep.REGIONAL_SECRETARY_APPROVAL;
import static id.sikerja.domain.assignment.SecondmentStep.TARGET_AUTHORITY_ANSWER;
import static id.sikerja.domain.assignment.SecondmentStep.TARGET_AUTHORITY_APPROVAL;
import static id.sikerja.domain.assignment.SecondmentStep.TARGET_REFUSAL_ANSWER;
import static id.sikerja.domain.assignment.SecondmentStep.TARGET_NOMINATION;
import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecondmentRequestTest {

    private final AssignmentFixtures f = new AssignmentFixtures();
    private final LocalDate day = LocalDate.of(2026, 3, 1);

    private SecondmentRequest request(OrgUnit target, CrossDepartmentApproval policy) {
        return new SecondmentRequest(f.healthField, f.head, target, policy, "Digitalisasi arsip rujukan",
                "Pengelolaan arsip", "Arsip 2025 terdigitalisasi", "3 bulan", day, day.plusMonths(3), 2);
    }

    /** The chain of each seeded government, read from its seed file (policy data, not code). */
    @ParameterizedTest
    @CsvSource({
            "kayong-utara, OWN_AUTHORITY_FORWARD TARGET_AUTHORITY_APPROVAL REGIONAL_HEAD_RECOMMENDATION TARGET_NOMINATION TARGET_AUTHORITY_ANSWER",
            "jombang, TARGET_NOMINATION",
            "klaten, TARGET_NOMINATION",
            "pasuruan, TARGET_NOMINATION"})
    void crossDepartmentChainOfEachSeededGovernment(String seed, String expected) {
        GovernmentSeed g = SeedParser.bundled(seed);
        CrossDepartmentApproval policy = CrossDepartmentApproval.valueOf(g.policy().crossDepartmentApproval());
        if (expected.equals("REFUSED")) {
            assertRefused("secondment.crossDepartmentNotProvided",
                    () -> SecondmentRequest.chainFor(AssignmentScope.CROSS_DEPARTMENT, policy));
            assertRefused("secondment.crossDepartmentNotProvided", () -> request(f.libraryRoot, policy));
            assertEquals(List.of(TARGET_NOMINATION), request(f.healthOther, policy).steps(), "cross-unit still works");
        } else {
            List<SecondmentStep> steps = java.util.Arrays.stream(expected.split(" ")).map(SecondmentStep::valueOf).toList();
            assertEquals(steps, SecondmentRequest.chainFor(AssignmentScope.CROSS_DEPARTMENT, policy));
            assertEquals(steps, request(f.libraryRoot, policy).steps());
        }
    }

    /** Where a Perangkat Daerah is a Unit Organisasi (JB, KL, PS), a request to another one is a cross-unit request. */
    @Test
    void asCrossUnitTheTargetHeadAnswersAlone() {
        SecondmentRequest s = request(f.libraryRoot, CrossDepartmentApproval.AS_CROSS_UNIT);
        assertEquals(AssignmentScope.CROSS_DEPARTMENT, s.getScope());
        assertEquals(List.of(TARGET_NOMINATION), s.steps());
        assertFalse(s.requestSignedByOwnAuthority());
    }

    @Test
    void whereTheRegulationGivesNoProcedureTheRequestIsRefused() {
        assertRefused("secondment.crossDepartmentNotProvided",
                () -> request(f.libraryRoot, CrossDepartmentApproval.NOT_PROVIDED));
        assertEquals(List.of(TARGET_NOMINATION), request(f.healthOther, CrossDepartmentApproval.NOT_PROVIDED).steps(),
                "cross-unit still works");
    }

    @ParameterizedTest
    @EnumSource(CrossDepartmentApproval.class)
    void crossUnitIsAnsweredByTheTargetSideAlone(CrossDepartmentApproval policy) {
        assertEquals(List.of(TARGET_NOMINATION), SecondmentRequest.chainFor(AssignmentScope.CROSS_UNIT, policy));
        assertRefused("secondment.targetInsideOwnUnit", () -> SecondmentRequest.chainFor(AssignmentScope.WITHIN_UNIT, policy));
        assertRefused("secondment.crossGovernmentNotSupported",
                () -> SecondmentRequest.chainFor(AssignmentScope.CROSS_GOVERNMENT, policy));
    }

    @Test
    void theRequestMustStateWhatItNeeds() {
        CrossDepartmentApproval p = CrossDepartmentApproval.REGIONAL_HEAD_RECOMMENDATION;
        assertRefused("secondment.targetRequired", () -> request(null, p));
        assertRefused("secondment.contentRequired", () -> new SecondmentRequest(f.healthField, f.head, f.libraryRoot, p,
                "tujuan", " ", "target", "3 bulan", day, null, 1));
        assertRefused("secondment.headcountInvalid", () -> new SecondmentRequest(f.healthField, f.head, f.libraryRoot, p,
                "tujuan", "kompetensi", "target", "3 bulan", day, null, 0));
        assertRefused("assignment.endBeforeStart", () -> new SecondmentRequest(f.healthField, f.head, f.libraryRoot, p,
                "tujuan", "kompetensi", "target", "3 bulan", day, day.minusDays(1), 1));
        assertRefused("secondment.targetInsideOwnUnit", () -> request(f.healthField, p));
    }

    @Test
    void theKayongUtaraChainWalksStepByStepOnlyForTheNamedActor() {
        SecondmentRequest s = request(f.libraryRoot, CrossDepartmentApproval.REGIONAL_HEAD_RECOMMENDATION);
        assertEquals(AssignmentScope.CROSS_DEPARTMENT, s.getScope());
        assertTrue(s.requestSignedByOwnAuthority());
        assertEquals(OWN_AUTHORITY_FORWARD, s.currentStep());
        assertRefused("secondment.notYourStep", () -> s.approve(1L));
        s.awaiting(1L);
        assertRefused("secondment.notYourStep", () -> s.approve(2L));
        assertEquals(OWN_AUTHORITY_FORWARD, s.approve(1L));
        assertRefused("secondment.notYourStep", () -> s.approve(1L));
        s.awaiting(2L);
        assertEquals(TARGET_AUTHORITY_APPROVAL, s.approve(2L));
        s.awaiting(3L);
        assertEquals(REGIONAL_HEAD_RECOMMENDATION, s.approve(3L));
        s.awaiting(4L);
        assertEquals(TARGET_NOMINATION, s.currentStep());
        assertRefused("secondment.nomineesRequired", () -> s.approve(4L));
        assertRefused("secondment.nomineesRequired", () -> s.nominate(4L, List.of(), null, null, null));
        assertRefused("secondment.tooManyNominees",
                () -> s.nominate(4L, List.of(f.staff, f.librarian, f.head), null, null, null));
        assertFalse(s.nominate(4L, List.of(f.librarian), AssignmentRole.INDIVIDUAL_FUNCTIONAL, null, List.of(" ")),
                "the list waits for the target authority's answer");
        assertEquals(List.of(f.librarian), s.getNominees());
        assertEquals(List.of("Arsip 2025 terdigitalisasi"), s.nominatedTasks(), "no tasks given: the expected targets");
        assertEquals(4L, s.getNominatedById());
        s.awaiting(2L);
        assertEquals(TARGET_AUTHORITY_ANSWER, s.currentStep());
        assertRefused("secondment.notYourStep", () -> s.approve(4L));
        assertEquals(TARGET_AUTHORITY_ANSWER, s.approve(2L));
        assertEquals(SecondmentStatus.COMPLETED, s.getStatus());
        assertNull(s.currentStep());
        assertRefused("secondment.closed", () -> s.refuse(4L, "terlambat"));
    }

    /** KU Lampiran I B.a.3)e): the authority may send the list back to the one who drew it up. */
    @Test
    void theTargetAuthoritySendsTheListBackWithAReason() {
        SecondmentRequest s = request(f.libraryRoot, CrossDepartmentApproval.BOTH_AUTHORITIES);
        s.awaiting(1L);
        s.approve(1L);
        s.awaiting(2L);
        s.approve(2L);
        s.awaiting(4L);
        assertRefused("secondment.notAnswerStep", () -> s.returnAnswer(4L, "ganti"));
        s.nominate(4L, List.of(f.librarian), null, null, List.of("Menata arsip"));
        s.awaiting(2L);
        assertRefused("assignment.reasonRequired", () -> s.returnAnswer(2L, " "));
        assertRefused("secondment.notYourStep", () -> s.returnAnswer(4L, "bukan saya"));
        s.returnAnswer(2L, "Pilih pegawai yang bersertifikat arsiparis");
        assertEquals(TARGET_NOMINATION, s.currentStep());
        assertEquals(List.of(), s.getNominees());
        assertEquals(SecondmentStatus.IN_PROGRESS, s.getStatus());
        s.awaiting(4L);
        s.nominate(4L, List.of(f.staff), null, null, null);
        s.awaiting(2L);
        s.approve(2L);
        assertEquals(SecondmentStatus.COMPLETED, s.getStatus());
        assertEquals(List.of(f.staff), s.getNominees());
    }

    /** KU Lampiran I B.a.3)c): the Bupati's refusal is answered, with reasons, by the target PPK. */
    @Test
    void aRefusalOfTheRegionalHeadIsAnsweredByTheTargetSide() {
        SecondmentRequest s = request(f.libraryRoot, CrossDepartmentApproval.REGIONAL_HEAD_RECOMMENDATION);
        s.awaiting(1L);
        s.approve(1L);
        s.awaiting(2L);
        s.approve(2L);
        s.awaiting(3L);
        assertEquals(REGIONAL_HEAD_RECOMMENDATION, s.refuse(3L, "Anggaran kegiatan belum tersedia"));
        assertEquals(SecondmentStatus.IN_PROGRESS, s.getStatus(), "not over until the answer is sent");
        assertEquals(TARGET_REFUSAL_ANSWER, s.currentStep());
        assertEquals(REGIONAL_HEAD_RECOMMENDATION, s.getRefusedStep());
        assertTrue(s.awaitsRefusalAnswer());
        s.awaiting(4L);
        assertRefused("secondment.refusalAnswerRequired", () -> s.approve(4L));
        assertRefused("assignment.reasonRequired", () -> s.answerRefusal(4L, ""));
        assertRefused("secondment.notNominationStep", () -> s.nominate(4L, List.of(f.librarian), null, null, null));
        s.answerRefusal(4L, " Tidak mendapat rekomendasi Bupati ");
        assertEquals(SecondmentStatus.REFUSED, s.getStatus());
        assertEquals("Anggaran kegiatan belum tersedia", s.getRefusalReason());
        assertEquals("Tidak mendapat rekomendasi Bupati", s.getRefusalAnswer());
        assertEquals(List.of(OWN_AUTHORITY_FORWARD, TARGET_AUTHORITY_APPROVAL, REGIONAL_HEAD_RECOMMENDATION,
                TARGET_REFUSAL_ANSWER), s.steps());
    }

    /** KU Lampiran I B.a.2)d): a refusal by the side asked is itself the answer with its reasons. */
    @Test
    void aRefusalOfTheTargetSideIsItsAnswer() {
        SecondmentRequest s = request(f.healthOther, CrossDepartmentApproval.AS_CROSS_UNIT);
        s.awaiting(5L);
        s.refuse(5L, "Semua pegawai sedang bertugas");
        assertEquals(SecondmentStatus.REFUSED, s.getStatus());
        assertEquals("Semua pegawai sedang bertugas", s.getRefusalAnswer());
        SecondmentRequest own = request(f.libraryRoot, CrossDepartmentApproval.REGIONAL_HEAD_RECOMMENDATION);
        own.awaiting(1L);
        own.refuse(1L, "Tidak perlu");
        assertNull(own.getRefusalAnswer(), "the own side's refusal answers nobody outside");
    }

    @Test
    void aRefusalNeedsAReasonAndEndsTheChain() {
        SecondmentRequest s = request(f.libraryRoot, CrossDepartmentApproval.REGIONAL_HEAD_RECOMMENDATION);
        s.awaiting(1L);
        s.approve(1L);
        s.awaiting(2L);
        assertRefused("assignment.reasonRequired", () -> s.refuse(2L, " "));
        assertRefused("secondment.notYourStep", () -> s.refuse(9L, "bukan saya"));
        assertEquals(TARGET_AUTHORITY_APPROVAL, s.refuse(2L, " Pegawai sedang penuh "));
        assertEquals(SecondmentStatus.REFUSED, s.getStatus());
        assertEquals(TARGET_AUTHORITY_APPROVAL, s.getRefusedStep());
        assertEquals("Pegawai sedang penuh", s.getRefusalReason());
        assertRefused("secondment.closed", () -> s.approve(2L));
        assertRefused("secondment.closed", () -> s.nominate(2L, List.of(f.librarian), null, null, null));
    }

    @Test
    void theSecretaryRouteAndTheCrossUnitRouteNumberTheRequestAtOnce() {
        SecondmentRequest viaSekda = request(f.libraryRoot, CrossDepartmentApproval.REGIONAL_SECRETARY);
        assertFalse(viaSekda.requestSignedByOwnAuthority());
        assertEquals(REGIONAL_SECRETARY_APPROVAL, viaSekda.currentStep());
        SecondmentRequest crossUnit = request(f.healthOther, CrossDepartmentApproval.REGIONAL_HEAD_RECOMMENDATION);
        assertEquals(AssignmentScope.CROSS_UNIT, crossUnit.getScope());
        assertFalse(crossUnit.requestSignedByOwnAuthority());
        crossUnit.awaiting(5L);
        assertRefused("secondment.nomineesRequired", () -> crossUnit.approve(5L));
        assertTrue(crossUnit.nominate(5L, List.of(f.staff), null, null, null), "no authority after the unit head");
        assertEquals(SecondmentStatus.COMPLETED, crossUnit.getStatus());
    }

    @Test
    void aStepWithoutAnyoneToTakeItIsRefused() {
        SecondmentRequest s = request(f.libraryRoot, CrossDepartmentApproval.BOTH_AUTHORITIES);
        assertRefused("secondment.noActor", () -> s.awaiting(null));
    }
}
