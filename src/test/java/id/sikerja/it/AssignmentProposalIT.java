package id.sikerja.it;

import id.sikerja.application.Assignments;
import id.sikerja.application.Assignments.AppointmentRouteView;
import id.sikerja.application.Assignments.AssignmentView;
import id.sikerja.application.Assignments.NewAssignment;
import id.sikerja.application.Inbox;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.assignment.AssignmentStatus;
import id.sikerja.domain.shared.BusinessRuleException;
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
 * Appointments as proposals (usulan) on the real stack, each government's route read from its policy: in Kayong
 * Utara the Kabid proposes for staff of a Seksi to their Pejabat Penilai Kinerja, the Kasi (KU Lampiran I huruf B
 * huruf d); in Klaten the Kabid proposes to the Pejabat Pemilik Kinerja, the Kadis (KL Lampiran huruf B angka 2
 * huruf q angka 1)). The proposal lands in the acceptor's inbox and the audit trail; only after acceptance does the
 * letter go to its signer. Only Kayong Utara's Bupati appoints directly (KU Pasal 11 ayat (3)).
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentProposalIT {

    @Deployment
    public static WebArchive deployment() {
        return AssignmentItSupport.deployment(AssignmentProposalIT.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    Assignments assignments;

    @Inject
    Inbox inbox;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    private static NewAssignment data(long employeeId, String task, String basis) {
        return new NewAssignment(employeeId, AssignmentRole.INDIVIDUAL_FUNCTIONAL, null, List.of(task), true,
                LocalDate.now(), LocalDate.now().plusMonths(3), basis, null);
    }

    private List<String> history(long id) {
        return assignments.assignment(id).history().stream().map(e -> e.action()).toList();
    }

    @Test
    void aKayongKabidProposesTheKasiAcceptsAndTheKadisSigns() {
        long person = ItSupport.staffMemberOf(em, "KAYONG_UTARA", "DINKES-YANKES-RUJ");
        long kasi = ItSupport.employeeOf(em, "kayong.kasi");
        long kadis = ItSupport.employeeOf(em, "kayong.kadis");
        String kasiName = em.find(id.sikerja.domain.organisation.Employee.class, kasi).getName();

        currentUser.runAs("kayong.kabid");
        AppointmentRouteView route = assignments.routeFor(person);
        assertTrue(route.proposal(), "the form says it will be a proposal");
        assertEquals(kasiName, route.acceptorName());
        assertEquals("appointmentRoute.acceptor.UNIT_HEAD_PROPOSES_TO_APPRAISER", route.acceptorOfficeKey());
        long id = assignments.appoint(data(person, "Memverifikasi klaim rujukan " + System.nanoTime(),
                "Peraturan Bupati Kayong Utara Nomor 22 Tahun 2023 Lampiran I huruf B huruf d"));
        AssignmentView v = assignments.assignment(id);
        assertEquals(AssignmentStatus.PROPOSED, v.status());
        assertEquals(kasiName, v.proposedToName());
        assertFalse(v.canAccept(), "the proposer does not accept his own proposal");
        assertEquals(kadis, v.signerId(), "the letter will still be the Kadis's decree");
        assertEquals("assignment.notTheAcceptor", assertThrows(BusinessRuleException.class,
                () -> assignments.accept(id, v.version())).getMessageKey());

        currentUser.runAs("kayong.kadis");
        assertFalse(AssignmentItSupport.hasTask(inbox.mine(), "ASSIGNMENT", id, "assignment.sign"),
                "nothing to sign before the proposal is accepted");
        assertEquals("assignment.notAwaitingSignature", assertThrows(BusinessRuleException.class,
                () -> assignments.sign(id, v.version())).getMessageKey());

        currentUser.runAs("kayong.kasi");
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "ASSIGNMENT", id, "assignment.accept"), "in the Kasi's inbox");
        assertTrue(assignments.managed().stream().anyMatch(r -> r.id() == id), "among what the Kasi manages");
        AssignmentView seen = assignments.assignment(id);
        assertTrue(seen.canAccept());
        assignments.accept(id, seen.version());
        assertEquals(AssignmentStatus.AWAITING_SIGNATURE, assignments.assignment(id).status());
        assertFalse(AssignmentItSupport.hasTask(inbox.mine(), "ASSIGNMENT", id, "assignment.accept"), "decided");

        currentUser.runAs("kayong.kadis");
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "ASSIGNMENT", id, "assignment.sign"), "now to sign");
        assignments.sign(id, assignments.assignment(id).version());
        AssignmentView issued = assignments.assignment(id);
        assertEquals(AssignmentStatus.ISSUED, issued.status());
        assertNotNull(issued.letterNumber());
        assertEquals(List.of("assignment.propose", "assignment.accept", "assignment.sign"), history(id));
        assertEquals("kayong.kasi", issued.history().get(1).actorUsername());
    }

    @Test
    void theKasiRefusesAProposalOnlyWithAReasonAndNothingGoesToSignature() {
        long person = ItSupport.staffMemberOf(em, "KAYONG_UTARA", "DINKES-YANKES-RUJ");
        currentUser.runAs("kayong.kabid");
        long id = assignments.appoint(data(person, "Menyusun profil rujukan " + System.nanoTime(), "Perbup 22/2023"));

        currentUser.runAs("kayong.kasi");
        int version = assignments.assignment(id).version();
        assertEquals("assignment.reasonRequired", assertThrows(BusinessRuleException.class,
                () -> assignments.decline(id, version, " ")).getMessageKey());
        assertEquals(AssignmentStatus.PROPOSED, assignments.assignment(id).status(), "nothing changed");
        assignments.decline(id, version, "Pegawai sedang menyelesaikan laporan tahunan");
        AssignmentView v = assignments.assignment(id);
        assertEquals(AssignmentStatus.REFUSED, v.status());
        assertEquals("Pegawai sedang menyelesaikan laporan tahunan", v.refusalReason());
        assertEquals(List.of("assignment.propose", "assignment.decline"), history(id));
        currentUser.runAs("kayong.kadis");
        assertFalse(AssignmentItSupport.hasTask(inbox.mine(), "ASSIGNMENT", id, "assignment.sign"));
    }

    @Test
    void theKasiAsAppraiserAppointsDirectly() {
        long person = ItSupport.staffMemberOf(em, "KAYONG_UTARA", "DINKES-YANKES-RUJ");
        currentUser.runAs("kayong.kasi");
        assertFalse(assignments.routeFor(person).proposal());
        long id = assignments.appoint(data(person, "Merekap rujukan " + System.nanoTime(), "Perbup 22/2023"));
        AssignmentView v = assignments.assignment(id);
        assertEquals(AssignmentStatus.AWAITING_SIGNATURE, v.status());
        assertNull(v.proposedToName());
        assertEquals(List.of("assignment.appoint"), history(id));
    }

    @Test
    void aKlatenKabidProposesAndTheKadisAsOwnerAcceptsWhichIssuesHisLetter() {
        long person = ItSupport.staffMemberOf(em, "KLATEN", "DINKES-YANKES");
        long kadis = ItSupport.employeeOf(em, "klaten.kadis");
        currentUser.runAs("klaten.kabid");
        AppointmentRouteView route = assignments.routeFor(person);
        assertTrue(route.proposal());
        assertEquals("appointmentRoute.acceptor.APPRAISER_PROPOSES_TO_OWNER", route.acceptorOfficeKey());
        long id = assignments.appoint(data(person, "Menganalisis capaian SPM " + System.nanoTime(),
                "Peraturan Bupati Klaten Nomor 34 Tahun 2024 Lampiran huruf B angka 2 huruf q"));
        AssignmentView v = assignments.assignment(id);
        assertEquals(AssignmentStatus.PROPOSED, v.status());
        assertEquals(kadis, v.signerId());

        currentUser.runAs("klaten.kadis");
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "ASSIGNMENT", id, "assignment.accept"));
        assignments.accept(id, assignments.assignment(id).version());
        AssignmentView issued = assignments.assignment(id);
        assertEquals(AssignmentStatus.ISSUED, issued.status(), "the owner who accepts also signs: issued at once");
        assertNotNull(issued.letterNumber());
        assertEquals(List.of("assignment.propose", "assignment.accept", "assignment.sign"), history(id));
        assertFalse(AssignmentItSupport.hasTask(inbox.mine(), "ASSIGNMENT", id, "assignment.sign"));
    }

    @Test
    void onlyKayongUtarasBupatiAppointsDirectly() {
        long kuPerson = ItSupport.staffMemberOf(em, "KAYONG_UTARA", "DINKES-YANKES-RUJ");
        currentUser.runAs("kayong.bupati");
        assertFalse(assignments.appointable("").isEmpty(), "KU Pasal 11 ayat (3)");
        assertFalse(assignments.routeFor(kuPerson).proposal(), "his appointment is direct");

        long klPerson = ItSupport.staffMemberOf(em, "KLATEN", "DINKES-YANKES");
        long before = ItSupport.count(em, "select count(*) from assignment");
        currentUser.runAs("klaten.bupati");
        assertTrue(assignments.appointable("").isEmpty(), "nobody to offer");
        assertEquals("assignment.notYourPerson", assertThrows(BusinessRuleException.class,
                () -> assignments.appoint(data(klPerson, "Tugas langsung", "dasar"))).getMessageKey());
        assertEquals(before, ItSupport.count(em, "select count(*) from assignment"), "nothing stored");
    }
}
