package id.sikerja.it;

import id.sikerja.application.Assignments;
import id.sikerja.application.Assignments.AssignmentView;
import id.sikerja.application.Assignments.NewAssignment;
import id.sikerja.application.Inbox;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.assignment.AssignmentScope;
import id.sikerja.domain.assignment.AssignmentStatus;
import id.sikerja.domain.policy.LetterSigner;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Individual assignments on the real stack: who may appoint and sign, the policy's signer, the inbox and
 * audit trail, optimistic locking, other governments, and the letter as a readable PDF.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentIT {

    private static final String KU = "KAYONG_UTARA";

    @Deployment
    public static WebArchive deployment() {
        return AssignmentItSupport.deployment(AssignmentIT.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    Assignments assignments;

    @Inject
    Inbox inbox;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    private NewAssignment data(long employeeId, String task) {
        return new NewAssignment(employeeId, AssignmentRole.TEAM_MEMBER, "Tim Percepatan Rujukan",
                List.of(task, "Menyusun laporan bulanan"), false, LocalDate.now(), LocalDate.now().plusMonths(6),
                "Peraturan Bupati Kayong Utara Nomor 22 Tahun 2023 Pasal 11", null);
    }

    /**
     * The Kepala Seksi heads the person's unit and is their Pejabat Penilai Kinerja, so he appoints directly (a
     * Kabid's appointment of the same person is a proposal to him: {@link AssignmentProposalIT}).
     */
    @Test
    void theUnitHeadAssignsTheDepartmentHeadSignsByDecreeAndTheLetterIsAReadablePdf() {
        long person = ItSupport.staffMemberOf(em, KU, "DINKES-YANKES-RUJ");
        long kadis = ItSupport.employeeOf(em, "kayong.kadis");
        currentUser.runAs("kayong.kasi");
        long id = assignments.appoint(data(person, "Memverifikasi data rujukan puskesmas"));

        AssignmentView v = assignments.assignment(id);
        assertEquals(AssignmentStatus.AWAITING_SIGNATURE, v.status());
        assertEquals(LetterSigner.DEPARTMENT_HEAD_DECREE, v.letterKind(), "KU Pasal 11(5): SK kepala Perangkat Daerah");
        assertEquals(kadis, v.signerId());
        assertEquals(AssignmentScope.WITHIN_UNIT, v.scope());
        assertNull(v.letterNumber());
        assertFalse(v.canSign());
        BusinessRuleException notSigner = assertThrows(BusinessRuleException.class, () -> assignments.sign(id, v.version()));
        assertEquals("assignment.notTheSigner", notSigner.getMessageKey());
        assertEquals("assignment.letterNotIssued",
                assertThrows(BusinessRuleException.class, () -> assignments.letterPdf(id)).getMessageKey());

        currentUser.runAs("kayong.kadis");
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "ASSIGNMENT", id, "assignment.sign"), "in the signer's inbox");
        AssignmentView seen = assignments.assignment(id);
        assertTrue(seen.canSign());
        assignments.sign(id, seen.version());

        AssignmentView issued = assignments.assignment(id);
        assertEquals(AssignmentStatus.ISSUED, issued.status());
        assertNotNull(issued.letterNumber());
        assertTrue(issued.letterNumber().contains("DINKES"), issued.letterNumber());
        assertFalse(AssignmentItSupport.hasTask(inbox.mine(), "ASSIGNMENT", id, "assignment.sign"), "inbox closed");
        assertEquals(List.of("assignment.appoint", "assignment.sign"),
                issued.history().stream().map(e -> e.action()).toList());
        assertEquals("kayong.kadis", issued.history().get(1).actorUsername());

        currentUser.runAs("kayong.kasi");
        String text = AssignmentItSupport.pdfText(assignments.letterPdf(id));
        assertTrue(text.contains(issued.letterNumber()), text);
        assertTrue(text.contains(issued.employeeName()), text);
        assertTrue(text.contains("Memverifikasi data rujukan puskesmas"), text);
        assertTrue(text.contains("MEMUTUSKAN") && text.contains("KESATU") && text.contains("Menimbang"),
                "KU Pasal 11 ayat (5): a decree of the Kepala Dinas: " + text);
        assertTrue(text.contains("Tembusan"), text);
    }

    @Test
    void theAssignedPersonSeesItAmongTheirsAndStrangersDoNot() {
        long person = ItSupport.employeeOf(em, "kayong.ketua");
        currentUser.runAs("kayong.kasi");
        long id = assignments.appoint(data(person, "Mengoordinasikan tim rujukan"));

        currentUser.runAs("kayong.ketua");
        assertTrue(assignments.mine().stream().anyMatch(r -> r.id() == id));
        assertEquals(person, assignments.assignment(id).employeeId());

        currentUser.runAs("kayong.pegawai");
        assertThrows(AccessDeniedException.class, () -> assignments.assignment(id));
        assertThrows(AccessDeniedException.class, () -> assignments.letterPdf(id));
        currentUser.runAs("jombang.admin");
        assertThrows(NotFoundException.class, () -> assignments.assignment(id), "another government: not found");
        currentUser.runAs("kayong.admin");
        assertEquals(id, assignments.assignment(id).id(), "the admin sees the whole government");
        assertTrue(assignments.managed().stream().anyMatch(r -> r.id() == id));
    }

    @Test
    void nobodyAssignsOutsideTheirScope() {
        long outside = ItSupport.staffMemberOf(em, KU, "DINKES-P2P");
        long colleague = ItSupport.staffMemberOf(em, KU, "DINKES-SEKRE-UMUM");
        long before = ItSupport.count(em, "select count(*) from assignment");
        currentUser.runAs("kayong.kabid");
        assertEquals("assignment.notYourPerson", assertThrows(BusinessRuleException.class,
                () -> assignments.appoint(data(outside, "Tugas di luar bidang"))).getMessageKey());
        currentUser.runAs("kayong.pegawai");
        assertEquals("assignment.notYourPerson", assertThrows(BusinessRuleException.class,
                () -> assignments.appoint(data(colleague, "Rekan sendiri"))).getMessageKey());
        currentUser.runAs("jombang.kabid");
        assertThrows(NotFoundException.class, () -> assignments.appoint(data(outside, "Pemerintah lain")));
        assertEquals(before, ItSupport.count(em, "select count(*) from assignment"), "nothing stored");
    }

    @Test
    void incompleteInputIsRefusedWithAMessageAndNothingIsStored() {
        long person = ItSupport.staffMemberOf(em, KU, "DINKES-YANKES-RUJ");
        long before = ItSupport.count(em, "select count(*) from assignment");
        currentUser.runAs("kayong.kabid");
        assertEquals("assignment.tasksRequired", assertThrows(BusinessRuleException.class, () -> assignments.appoint(
                new NewAssignment(person, AssignmentRole.PPTK, null, List.of(" "), false, LocalDate.now(), null,
                        "dasar", null))).getMessageKey());
        assertEquals("assignment.legalBasisRequired", assertThrows(BusinessRuleException.class, () -> assignments.appoint(
                new NewAssignment(person, AssignmentRole.PPTK, null, List.of("tugas"), false, LocalDate.now(), null,
                        " ", null))).getMessageKey());
        assertEquals("assignment.endBeforeStart", assertThrows(BusinessRuleException.class, () -> assignments.appoint(
                new NewAssignment(person, AssignmentRole.PPTK, null, List.of("tugas"), false, LocalDate.now(),
                        LocalDate.now().minusDays(1), "dasar", null))).getMessageKey());
        assertEquals(before, ItSupport.count(em, "select count(*) from assignment"));
    }

    /**
     * PS Lampiran II: the Kepala Bidang gives the work, the Surat Tugas waits in the Kepala Dinas's inbox (the
     * Pimpinan Unit Organisasi, PS Lampiran I huruf B angka 1) and is numbered 800/…/423.…/year.
     */
    @Test
    void aPasuruanKabidsSuratTugasIsSignedByTheKadisWithTheLampiranIINumber() {
        String unit = AssignmentItSupport.unitCodeOfLogin(em, "pasuruan.kabid");
        long person = AssignmentItSupport.staffUnder(em, "PASURUAN", unit);
        long kadis = ItSupport.employeeOf(em, "pasuruan.kadis");
        currentUser.runAs("pasuruan.kabid");
        long id = assignments.appoint(new NewAssignment(person, AssignmentRole.INDIVIDUAL_FUNCTIONAL, null,
                List.of("Mengolah data kinerja"), true, LocalDate.now(), null,
                "Perwali Pasuruan 41/2023 Pasal 9 ayat (4)", null));
        AssignmentView v = assignments.assignment(id);
        assertEquals(AssignmentStatus.AWAITING_SIGNATURE, v.status(), "the Kabid does not sign his own letter");
        assertEquals(LetterSigner.PERFORMANCE_OWNER, v.letterKind());
        assertEquals(kadis, v.signerId());
        assertFalse(v.canSign());

        currentUser.runAs("pasuruan.kadis");
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "ASSIGNMENT", id, "assignment.sign"), "in the Kadis's inbox");
        assignments.sign(id, assignments.assignment(id).version());

        AssignmentView issued = assignments.assignment(id);
        assertEquals(AssignmentStatus.ISSUED, issued.status());
        int year = issued.letterDate().getYear();
        assertTrue(issued.letterNumber().matches("800/\\d{3,}/423\\.DINKES/" + year), issued.letterNumber());
        String text = AssignmentItSupport.pdfText(assignments.letterPdf(id)).replaceAll("\\s+", " ");
        assertTrue(text.contains("SURAT TUGAS") && text.contains("NOMOR : " + issued.letterNumber()), text);
        assertTrue(text.contains("KEPALA DINAS KESEHATAN,") && text.contains(issued.signerName()), text);
        assertFalse(text.contains("Pangkat/Golongan") || text.contains("(rutin)"), "PS Lampiran II's fields only: " + text);
    }

    @Test
    void signingOnAStaleVersionIsRefusedAndTheFirstDecisionStands() {
        long person = ItSupport.staffMemberOf(em, KU, "DINKES-YANKES-FARMALKES");
        currentUser.runAs("kayong.kabid");
        long id = assignments.appoint(data(person, "Menyusun kebutuhan obat"));
        currentUser.runAs("kayong.kadis");
        int version = assignments.assignment(id).version();
        assertEquals("assignment.reasonRequired", assertThrows(BusinessRuleException.class,
                () -> assignments.refuse(id, version, " ")).getMessageKey());
        // Two tabs of the signer: one refuses, the other signs on the version it loaded.
        assignments.refuse(id, version, "Beban kerja pegawai sudah penuh");
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class, () -> assignments.sign(id, version));
        assertEquals("error.conflict", conflict.getMessageKey());
        AssignmentView v = assignments.assignment(id);
        assertEquals(AssignmentStatus.REFUSED, v.status());
        assertEquals("Beban kerja pegawai sudah penuh", v.refusalReason());
        assertNull(v.letterNumber());
        assertEquals(1, AssignmentItSupport.auditCount(em, "ASSIGNMENT", id, "assignment.refuse"));
        assertEquals(0, AssignmentItSupport.auditCount(em, "ASSIGNMENT", id, "assignment.sign"));
        assertEquals("assignment.notAwaitingSignature", assertThrows(BusinessRuleException.class,
                () -> assignments.refuse(id, v.version(), "lagi")).getMessageKey());
    }
}
