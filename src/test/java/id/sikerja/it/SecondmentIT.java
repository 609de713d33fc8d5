package id.sikerja.it;

import id.sikerja.application.Assignments;
import id.sikerja.application.Inbox;
import id.sikerja.application.Secondments;
import id.sikerja.application.Secondments.NewSecondment;
import id.sikerja.application.Secondments.Nomination;
import id.sikerja.application.Secondments.SecondmentLetter;
import id.sikerja.application.Secondments.SecondmentView;
import id.sikerja.application.Secondments.StepView;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.assignment.AssignmentScope;
import id.sikerja.domain.assignment.AssignmentStatus;
import id.sikerja.domain.assignment.SecondmentStatus;
import id.sikerja.domain.assignment.SecondmentStep;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.infrastructure.security.CurrentUserBean;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secondment requests on the real stack: the Kayong Utara chain from request to letters, a refusal with
 * its reason, the Klaten and Pasuruan variants, cross-unit requests, scoping and optimistic locking.
 */
@ExtendWith(ArquillianExtension.class)
class SecondmentIT {

    private static final String KU = "KAYONG_UTARA";

    @Deployment
    public static WebArchive deployment() {
        return AssignmentItSupport.deployment(SecondmentIT.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    Secondments secondments;

    @Inject
    Assignments assignments;

    @Inject
    Inbox inbox;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Inject
    jakarta.transaction.UserTransaction tx;

    private static NewSecondment data(long targetUnit, int headcount) {
        return new NewSecondment(targetUnit, "Digitalisasi arsip rekam medis rujukan", "Pengelolaan arsip dinamis",
                "Arsip rujukan 2025 terdigitalisasi 100%", "3 bulan", LocalDate.now(), LocalDate.now().plusMonths(3),
                headcount);
    }

    private void approveAs(String username, long id) {
        currentUser.runAs(username);
        SecondmentView v = secondments.secondment(id);
        assertTrue(v.myStep(), username + " should be asked at " + v.currentStep());
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "SECONDMENT", id, "secondment." + v.currentStep().name()),
                "the step is in " + username + "'s inbox");
        secondments.approveStep(id, v.version());
    }

    @Test
    void kayongUtaraCrossDepartmentChainFromRequestToLetters() {
        long target = ItSupport.unitId(em, KU, "DISPUSIP");
        currentUser.runAs("kayong.kabid");
        long id = secondments.request(data(target, 2));
        SecondmentView v = secondments.secondment(id);
        assertEquals(AssignmentScope.CROSS_DEPARTMENT, v.scope());
        assertEquals(List.of(SecondmentStep.OWN_AUTHORITY_FORWARD, SecondmentStep.TARGET_AUTHORITY_APPROVAL,
                SecondmentStep.REGIONAL_HEAD_RECOMMENDATION, SecondmentStep.TARGET_NOMINATION,
                SecondmentStep.TARGET_AUTHORITY_ANSWER), v.steps().stream().map(Secondments.StepView::step).toList());
        assertEquals("secondment.notYourStep", assertThrows(BusinessRuleException.class,
                () -> secondments.approveStep(id, v.version())).getMessageKey());

        approveAs("kayong.kadis", id);
        currentUser.runAs("kayong.kabid");
        assertNotNull(secondments.secondment(id).requestNumber(), "the request letter is numbered when forwarded");
        approveAs("kayong.kadisarsip", id);
        approveAs("kayong.bupati", id);

        currentUser.runAs("kayong.kadisarsip");
        SecondmentView atNomination = secondments.secondment(id);
        assertEquals(SecondmentStep.TARGET_NOMINATION, atNomination.currentStep());
        assertNotNull(atNomination.recommendationNumber());
        byte[] recommendationAsIssued = secondments.letterPdf(id, SecondmentLetter.RECOMMENDATION);
        List<Assignments.PersonOption> candidates = secondments.candidates(id);
        assertFalse(candidates.isEmpty());
        long chosen = candidates.get(0).id();
        long outsider = ItSupport.staffMemberOf(em, KU, "DINKES-YANKES-RUJ");
        assertEquals("secondment.nomineeOutsideTarget", assertThrows(BusinessRuleException.class,
                () -> secondments.nominate(id, atNomination.version(), new Nomination(List.of(outsider),
                        AssignmentRole.INDIVIDUAL_FUNCTIONAL, null, List.of("Memindai arsip"))))
                .getMessageKey());
        secondments.nominate(id, atNomination.version(), new Nomination(List.of(chosen),
                AssignmentRole.INDIVIDUAL_FUNCTIONAL, null, List.of("Memindai dan mengindeks arsip rujukan")));

        SecondmentView done = secondments.secondment(id);
        assertEquals(SecondmentStatus.COMPLETED, done.status());
        assertEquals(1, done.assignments().size());
        Assignments.AssignmentRow row = done.assignments().get(0);
        assertEquals(AssignmentStatus.ISSUED, row.status(), "the target department head names and signs by decree");
        assertEquals(ItSupport.employeeOf(em, "kayong.kadisarsip"),
                ItSupport.count(em, "select answer_signer_id from secondment_request where id = ?1", id),
                "the head asked for his own people is the authority: his list is his signed answer");
        assertEquals(AssignmentScope.CROSS_DEPARTMENT, row.scope());
        assertEquals(List.of("secondment.request", "secondment.approve", "secondment.approve", "secondment.approve",
                "secondment.nominate"), done.history().stream().map(e -> e.action()).toList());

        currentUser.runAs("kayong.kabid");
        String request = AssignmentItSupport.pdfText(secondments.letterPdf(id, SecondmentLetter.REQUEST));
        assertTrue(request.contains(done.requestNumber()) && request.contains("Pengelolaan arsip dinamis"), request);
        assertTrue(request.contains("Sukadana, "), "signed at Kayong Utara's seat of government: " + request);
        byte[] recommendationNow = secondments.letterPdf(id, SecondmentLetter.RECOMMENDATION);
        assertArrayEquals(recommendationAsIssued, recommendationNow, "an issued letter never changes (PLAN-REVIEW #20)");
        String recommendation = AssignmentItSupport.pdfText(recommendationNow);
        assertTrue(recommendation.contains("SURAT REKOMENDASI") && recommendation.contains(done.recommendationNumber()),
                recommendation);
        assertFalse(recommendation.contains(row.employeeName()), "the people were named after the recommendation");
        String answer = AssignmentItSupport.pdfText(secondments.letterPdf(id, SecondmentLetter.ANSWER));
        assertTrue(answer.contains(done.answerNumber()) && answer.contains(row.employeeName()), answer);
        assertTrue(answer.contains("Tembusan"), answer);
        String letter = AssignmentItSupport.pdfText(assignments.letterPdf(row.id()));
        assertTrue(letter.contains(row.letterNumber()) && letter.contains("Memindai dan mengindeks arsip rujukan")
                && letter.contains(done.answerNumber()), letter);

        currentUser.runAs("jombang.admin");
        assertThrows(NotFoundException.class, () -> secondments.secondment(id));
        currentUser.runAs("kayong.pegawai");
        assertThrows(AccessDeniedException.class, () -> secondments.secondment(id));
    }

    @Test
    void theRegionalHeadRefusesWithAReasonTheRequesterSeesIt() {
        long target = ItSupport.unitId(em, KU, "DISPUSIP");
        currentUser.runAs("kayong.kabid");
        long id = secondments.request(data(target, 1));
        approveAs("kayong.kadis", id);
        approveAs("kayong.kadisarsip", id);
        currentUser.runAs("kayong.bupati");
        int version = secondments.secondment(id).version();
        assertEquals("assignment.reasonRequired", assertThrows(BusinessRuleException.class,
                () -> secondments.refuseStep(id, version, "  ")).getMessageKey());
        secondments.refuseStep(id, version, "Pustakawan sedang menyiapkan akreditasi perpustakaan");
        assertFalse(AssignmentItSupport.hasTask(inbox.mine(), "SECONDMENT", id,
                "secondment.REGIONAL_HEAD_RECOMMENDATION"));

        // KU Lampiran I B.a.3)c): the target Pejabat Penilai Kinerja answers the request with the reasons.
        currentUser.runAs("kayong.kabid");
        SecondmentView waiting = secondments.secondment(id);
        assertEquals(SecondmentStatus.IN_PROGRESS, waiting.status());
        assertEquals(SecondmentStep.TARGET_REFUSAL_ANSWER, waiting.currentStep());
        assertEquals(SecondmentStep.REGIONAL_HEAD_RECOMMENDATION, waiting.refusedStep());
        currentUser.runAs("kayong.kadisarsip");
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "SECONDMENT", id, "secondment.TARGET_REFUSAL_ANSWER"));
        int atAnswer = secondments.secondment(id).version();
        assertEquals("secondment.refusalAnswerRequired", assertThrows(BusinessRuleException.class,
                () -> secondments.approveStep(id, atAnswer)).getMessageKey());
        secondments.answerRefusal(id, atAnswer, "Tenaga pustakawan tidak dapat diberikan tanpa rekomendasi Bupati");

        currentUser.runAs("kayong.kabid");
        SecondmentView v = secondments.secondment(id);
        assertEquals(SecondmentStatus.REFUSED, v.status());
        assertEquals(SecondmentStep.REGIONAL_HEAD_RECOMMENDATION, v.refusedStep());
        assertEquals("Pustakawan sedang menyiapkan akreditasi perpustakaan", v.refusalReason());
        assertEquals("Tenaga pustakawan tidak dapat diberikan tanpa rekomendasi Bupati", v.refusalAnswer());
        assertEquals("Pustakawan sedang menyiapkan akreditasi perpustakaan", v.history().get(v.history().size() - 2).reason());
        assertEquals("secondment.letterNotIssued", assertThrows(BusinessRuleException.class,
                () -> secondments.letterPdf(id, SecondmentLetter.RECOMMENDATION)).getMessageKey());
        assertNotNull(v.answerNumber(), "the refusal is answered by a numbered letter");
        String answer = AssignmentItSupport.pdfText(secondments.letterPdf(id, SecondmentLetter.ANSWER));
        assertTrue(answer.contains(v.answerNumber()) && answer.contains("tidak dapat kami setujui")
                && answer.contains("Tenaga pustakawan tidak dapat diberikan tanpa rekomendasi Bupati")
                && answer.contains("rekomendasi Kepala Daerah"), answer);
        assertTrue(v.assignments().isEmpty());
    }

    /**
     * KU Lampiran I B.a.3)e): the Pejabat Penilai Kinerja asked names people; the target department's Pejabat yang
     * Berwenang approves that answer with its list (or sends it back) and signs it; only then are people assigned.
     */
    @Test
    void theTargetAuthorityApprovesTheAnswerBeforeAnyoneIsAssigned() {
        long target = ItSupport.unitId(em, KU, "DISPUSIP-SEKRE");
        String secretaryLogin = ItSupport.uniqueUsername("it.sekre.dispusip.");
        currentUser.runAs("kayong.admin");
        administration.createAccount(ItSupport.headOf(em, KU, "DISPUSIP-SEKRE"), secretaryLogin, "rahasia-sekre-arsip");
        currentUser.runAs("kayong.kabid");
        long id = secondments.request(data(target, 1));
        approveAs("kayong.kadis", id);
        approveAs("kayong.kadisarsip", id);
        approveAs("kayong.bupati", id);

        long first = ItSupport.staffMemberOf(em, KU, "DISPUSIP-SEKRE-UMUM");
        currentUser.runAs(secretaryLogin);
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "SECONDMENT", id, "secondment.TARGET_NOMINATION"));
        secondments.nominate(id, secondments.secondment(id).version(), new Nomination(List.of(first),
                AssignmentRole.INDIVIDUAL_FUNCTIONAL, null, List.of("Memindai arsip")));
        SecondmentView proposed = secondments.secondment(id);
        assertEquals(SecondmentStep.TARGET_AUTHORITY_ANSWER, proposed.currentStep());
        assertEquals(1, proposed.nomineeNames().size());
        assertTrue(proposed.assignments().isEmpty(), "nobody is assigned before the authority approves");
        assertEquals(null, proposed.answerNumber());

        currentUser.runAs("kayong.kadisarsip");
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "SECONDMENT", id, "secondment.TARGET_AUTHORITY_ANSWER"));
        int atAnswer = secondments.secondment(id).version();
        assertEquals("assignment.reasonRequired", assertThrows(BusinessRuleException.class,
                () -> secondments.returnAnswer(id, atAnswer, " ")).getMessageKey());
        secondments.returnAnswer(id, atAnswer, "Pilih pegawai yang sudah mengikuti diklat kearsipan");

        currentUser.runAs(secretaryLogin);
        SecondmentView back = secondments.secondment(id);
        assertEquals(SecondmentStep.TARGET_NOMINATION, back.currentStep());
        assertTrue(back.nomineeNames().isEmpty());
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "SECONDMENT", id, "secondment.TARGET_NOMINATION"));
        long second = ItSupport.staffMemberOf(em, KU, "DISPUSIP-SEKRE-LAYANAN");
        secondments.nominate(id, back.version(), new Nomination(List.of(second),
                AssignmentRole.INDIVIDUAL_FUNCTIONAL, null, List.of("Mengindeks arsip")));

        approveAs("kayong.kadisarsip", id);
        SecondmentView done = secondments.secondment(id);
        assertEquals(SecondmentStatus.COMPLETED, done.status());
        assertEquals(1, done.assignments().size());
        assertEquals(second, ItSupport.count(em, "select employee_id from assignment where id = ?1",
                done.assignments().get(0).id()));
        assertEquals(ItSupport.employeeOf(em, "kayong.kadisarsip"),
                ItSupport.count(em, "select answer_signer_id from secondment_request where id = ?1", id),
                "the answer letter is signed by the target authority");
        assertEquals(ItSupport.headOf(em, KU, "DISPUSIP-SEKRE"),
                ItSupport.count(em, "select appointed_by_id from assignment where id = ?1", done.assignments().get(0).id()),
                "the one who named the person assigns");
        assertEquals(List.of("secondment.request", "secondment.approve", "secondment.approve", "secondment.approve",
                "secondment.nominate", "secondment.return", "secondment.nominate", "secondment.approve"),
                done.history().stream().map(e -> e.action()).toList());
        String answer = AssignmentItSupport.pdfText(secondments.letterPdf(id, SecondmentLetter.ANSWER));
        assertTrue(answer.contains(done.answerNumber()) && answer.contains(done.assignments().get(0).employeeName()), answer);
    }

    /** An issued document is kept as issued: the database refuses to change or remove it. */
    @Test
    void anIssuedLetterCannotBeChangedInTheDatabase() throws Exception {
        long target = ItSupport.unitId(em, KU, "DINKES-P2P");
        currentUser.runAs("kayong.kabid");
        long id = secondments.request(data(target, 1));
        assertEquals(1, ItSupport.count(em, "select count(*) from issued_document where subject_type = 'SECONDMENT' "
                + "and subject_id = ?1 and kind = 'REQUEST'", id), "the request letter is kept when numbered");
        for (String change : List.of("update issued_document set number = 'X' where subject_type = 'SECONDMENT' and subject_id = ?1",
                "delete from issued_document where subject_type = 'SECONDMENT' and subject_id = ?1")) {
            tx.begin();
            try {
                Exception refused = assertThrows(Exception.class,
                        () -> em.createNativeQuery(change).setParameter(1, id).executeUpdate());
                assertTrue(String.valueOf(rootCause(refused).getMessage()).contains("cannot change"), change);
            } finally {
                tx.rollback();
            }
        }
        assertEquals(1, ItSupport.count(em, "select count(*) from issued_document where subject_type = 'SECONDMENT' "
                + "and subject_id = ?1 and number <> 'X'", id));
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * KL Pasal 11 ayat (4): an assignment is fixed by the Kepala Perangkat Daerah as Pejabat Pemilik Kinerja, so the
     * letter for people of another department is signed on the requesting (owner) side.
     */
    @Test
    void klatenLettersForPeopleOfAnotherDepartmentAreSignedByTheOwnerSide() {
        String unit = AssignmentItSupport.unitCodeOfLogin(em, "klaten.kabid");
        long target = AssignmentItSupport.otherDinasRoot(em, "KLATEN", unit);
        String targetCode = em.createQuery("select u.code from OrgUnit u where u.id = :i", String.class)
                .setParameter("i", target).getSingleResult();
        String targetHeadLogin = ItSupport.uniqueUsername("it.kadis.kl.");
        currentUser.runAs("klaten.admin");
        administration.createAccount(ItSupport.headOf(em, "KLATEN", targetCode), targetHeadLogin, "rahasia-kadis-kl");
        currentUser.runAs("klaten.kabid");
        long id = secondments.request(data(target, 1));
        currentUser.runAs(targetHeadLogin);
        long nominee = AssignmentItSupport.staffUnder(em, "KLATEN", targetCode);
        secondments.nominate(id, secondments.secondment(id).version(), new Nomination(List.of(nominee),
                AssignmentRole.INDIVIDUAL_FUNCTIONAL, null, List.of("Mendampingi survei kepuasan")));
        Assignments.AssignmentRow row = secondments.secondment(id).assignments().get(0);
        assertEquals(AssignmentStatus.AWAITING_SIGNATURE, row.status(), "not signed by the target head who named him");
        currentUser.runAs("klaten.kadis");
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "ASSIGNMENT", row.id(), "assignment.sign"),
                "the requesting Kepala Dinas, the Pemilik Kinerja, signs");
    }

    @Test
    void aStepActedOnTwiceOnTheSameVersionIsRefusedTheSecondTime() {
        long target = ItSupport.unitId(em, KU, "DISPUSIP");
        currentUser.runAs("kayong.kabid");
        long id = secondments.request(data(target, 1));
        currentUser.runAs("kayong.kadis");
        int version = secondments.secondment(id).version();
        secondments.approveStep(id, version);
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> secondments.refuseStep(id, version, "dari tab lama"));
        assertEquals("error.conflict", conflict.getMessageKey());
        SecondmentView v = secondments.secondment(id);
        assertEquals(SecondmentStatus.IN_PROGRESS, v.status());
        assertEquals(SecondmentStep.TARGET_AUTHORITY_APPROVAL, v.currentStep());
        assertEquals(0, AssignmentItSupport.auditCount(em, "SECONDMENT", id, "secondment.refuse"));
    }

    @Test
    void klatenAndPasuruanAnswerARequestToAnotherDepartmentAsACrossUnitRequest() {
        // KL Pasal 1 angka 18 and PS Lampiran I huruf B angka 1: a Perangkat Daerah is a Unit Organisasi, so the
        // lintas unit organisasi procedure applies; the Sekda route is KL's lintas instansi one.
        for (String government : List.of("KLATEN", "PASURUAN")) {
            String login = government.toLowerCase() + ".kabid";
            String unit = AssignmentItSupport.unitCodeOfLogin(em, login);
            long target = AssignmentItSupport.otherDinasRoot(em, government, unit);
            long before = ItSupport.count(em, "select count(*) from secondment_request");
            currentUser.runAs(login);
            long id = secondments.request(data(target, 1));
            SecondmentView v = secondments.secondment(id);
            assertEquals(AssignmentScope.CROSS_DEPARTMENT, v.scope(), government);
            assertEquals(List.of(SecondmentStep.TARGET_NOMINATION), v.steps().stream().map(StepView::step).toList(),
                    government + ": the target department's head answers, no authority in between");
            assertNotNull(v.requestNumber(), government + ": the requesting head's letter is numbered at once");
            assertEquals(before + 1, ItSupport.count(em, "select count(*) from secondment_request"));
            assertTrue(secondments.involving().stream().anyMatch(r -> r.id() == id),
                    government + ": the request is in the requester's list");
        }
    }

    @Test
    void crossUnitRequestIsAnsweredByTheTargetHeadAndTheLetterWaitsForTheDepartmentHead() {
        long target = ItSupport.unitId(em, KU, "DINKES-P2P");
        long targetHead = ItSupport.headOf(em, KU, "DINKES-P2P");
        currentUser.runAs("kayong.kabid");
        long id = secondments.request(data(target, 1));
        SecondmentView v = secondments.secondment(id);
        assertEquals(AssignmentScope.CROSS_UNIT, v.scope());
        assertEquals(SecondmentStep.TARGET_NOMINATION, v.currentStep());
        assertNotNull(v.requestNumber());
        long nominee = ItSupport.staffMemberOf(em, KU, "DINKES-P2P");
        String targetHeadLogin = ItSupport.uniqueUsername("it.kabid.p2p.");
        currentUser.runAs("kayong.admin");
        long account = administration.createAccount(targetHead, targetHeadLogin, "rahasia-kabid-p2p");
        assertTrue(account > 0);
        currentUser.runAs(targetHeadLogin);
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "SECONDMENT", id, "secondment.TARGET_NOMINATION"));
        secondments.nominate(id, secondments.secondment(id).version(), new Nomination(List.of(nominee),
                AssignmentRole.TEAM_MEMBER, "Tim Surveilans Rujukan", List.of("Menganalisis data surveilans")));
        Assignments.AssignmentRow row = secondments.secondment(id).assignments().get(0);
        assertEquals(AssignmentStatus.AWAITING_SIGNATURE, row.status(), "KU: the decree of the department head");
        currentUser.runAs("kayong.kadis");
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "ASSIGNMENT", row.id(), "assignment.sign"));
    }

    @Inject
    id.sikerja.application.OrganisationAdministration administration;
}
