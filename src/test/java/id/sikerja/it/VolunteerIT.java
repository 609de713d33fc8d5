package id.sikerja.it;

import id.sikerja.application.Assignments;
import id.sikerja.application.Inbox;
import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.Volunteering;
import id.sikerja.application.Volunteering.ApplicationView;
import id.sikerja.application.Volunteering.NewApplication;
import id.sikerja.domain.assignment.AssignmentMode;
import id.sikerja.domain.assignment.AssignmentScope;
import id.sikerja.domain.assignment.AssignmentStatus;
import id.sikerja.domain.assignment.SecondmentStatus;
import id.sikerja.domain.assignment.VolunteerStep;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Voluntary applications on the real stack: within the unit, across units with a refusal, Klaten's announced needs. */
@ExtendWith(ArquillianExtension.class)
class VolunteerIT {

    @Deployment
    public static WebArchive deployment() {
        return AssignmentItSupport.deployment(VolunteerIT.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    Volunteering volunteering;

    @Inject
    Assignments assignments;

    @Inject
    Inbox inbox;

    @Inject
    OrganisationAdministration administration;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    private static NewApplication application(Long targetUnit, Long need) {
        return new NewApplication(targetUnit, need, "Saya terampil mengolah data surveilans",
                List.of("Mengolah data rujukan"), LocalDate.now(), LocalDate.now().plusMonths(2));
    }

    /** A login for whoever the application waits on (demo logins exist only for some posts). */
    private String loginOfAwaited(long applicationId, String governmentCode) {
        long employee = ItSupport.count(em, "select awaiting_id from volunteer_application where id = ?1", applicationId);
        List<String> existing = em.createQuery("select a.username from UserAccount a where a.employee.id = :e", String.class)
                .setParameter("e", employee).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        String admin = governmentCode.equals("KLATEN") ? "klaten.admin" : "kayong.admin";
        currentUser.runAs(admin);
        String username = ItSupport.uniqueUsername("it.vol.");
        administration.createAccount(employee, username, "rahasia-volunteer");
        return username;
    }

    @Test
    void withinTheUnitTheHeadApprovesAndTheAssignmentFollowsThePolicySigner() {
        currentUser.runAs("kayong.ketua");
        long id = volunteering.apply(application(null, null));
        ApplicationView v = volunteering.application(id);
        assertEquals(AssignmentScope.WITHIN_UNIT, v.scope());
        assertEquals(VolunteerStep.HEAD_APPROVAL, v.currentStep());
        assertEquals("secondment.notYourStep", assertThrows(BusinessRuleException.class,
                () -> volunteering.approveApplication(id, v.version())).getMessageKey());

        String head = loginOfAwaited(id, "KAYONG_UTARA");
        currentUser.runAs(head);
        assertTrue(AssignmentItSupport.hasTask(inbox.mine(), "VOLUNTEER", id, "volunteer.HEAD_APPROVAL"));
        assertTrue(volunteering.applicationsInvolving().stream().anyMatch(r -> r.id() == id && r.myStep()),
                "in the list of the head whose step it is");
        volunteering.approveApplication(id, volunteering.application(id).version());

        currentUser.runAs("kayong.ketua");
        ApplicationView done = volunteering.application(id);
        assertEquals(SecondmentStatus.COMPLETED, done.status());
        assertNotNull(done.assignmentId());
        Assignments.AssignmentView a = assignments.assignment(done.assignmentId());
        assertEquals(AssignmentMode.VOLUNTEER, a.mode());
        assertEquals(ItSupport.employeeOf(em, "kayong.kadis"), a.signerId(), "KU: decree of the department head");
        assertEquals(List.of("volunteer.apply", "volunteer.approve"), done.history().stream().map(e -> e.action()).toList());

        currentUser.runAs("jombang.admin");
        assertThrows(NotFoundException.class, () -> volunteering.application(id));
        currentUser.runAs("kayong.pegawai");
        assertThrows(AccessDeniedException.class, () -> volunteering.application(id));
    }

    @Test
    void acrossUnitsTheTargetHeadRefusesWithAReasonAndAStaleApprovalIsRefused() {
        long target = ItSupport.unitId(em, "KAYONG_UTARA", "DINKES-P2P");
        currentUser.runAs("kayong.ketua");
        long id = volunteering.apply(application(target, null));
        ApplicationView v = volunteering.application(id);
        assertEquals(List.of(VolunteerStep.OWN_RECOMMENDATION, VolunteerStep.TARGET_APPROVAL, VolunteerStep.OWN_APPROVAL),
                v.steps());

        String own = loginOfAwaited(id, "KAYONG_UTARA");
        currentUser.runAs(own);
        int version = volunteering.application(id).version();
        volunteering.approveApplication(id, version);
        assertThrows(ConcurrentEditException.class, () -> volunteering.approveApplication(id, version),
                "a second click on the old page");

        String targetHead = loginOfAwaited(id, "KAYONG_UTARA");
        currentUser.runAs(targetHead);
        assertEquals(VolunteerStep.TARGET_APPROVAL, volunteering.application(id).currentStep());
        volunteering.refuseApplication(id, volunteering.application(id).version(), "Tidak ada kebutuhan di bidang P2P");

        currentUser.runAs("kayong.ketua");
        ApplicationView refused = volunteering.application(id);
        assertEquals(SecondmentStatus.REFUSED, refused.status());
        assertEquals(VolunteerStep.TARGET_APPROVAL, refused.refusedStep());
        assertEquals("Tidak ada kebutuhan di bidang P2P", refused.refusalReason());
        assertEquals(1, AssignmentItSupport.auditCount(em, "VOLUNTEER", id, "volunteer.refuse"));
    }

    @Test
    void inKlatenAnApplicationWithinTheUnitAnswersAnAnnouncedNeed() {
        currentUser.runAs("klaten.pegawai");
        long before = ItSupport.count(em, "select count(*) from volunteer_application");
        assertEquals("volunteer.needRequired", assertThrows(BusinessRuleException.class,
                () -> volunteering.apply(application(null, null))).getMessageKey());
        assertEquals(before, ItSupport.count(em, "select count(*) from volunteer_application"));

        // the head of the employee's unit announces a need
        String unit = AssignmentItSupport.unitCodeOfLogin(em, "klaten.pegawai");
        long headId = ItSupport.headOf(em, "KLATEN", unit);
        List<String> logins = em.createQuery("select a.username from UserAccount a where a.employee.id = :e", String.class)
                .setParameter("e", headId).getResultList();
        String head;
        if (logins.isEmpty()) {
            currentUser.runAs("klaten.admin");
            head = ItSupport.uniqueUsername("it.vol.head.");
            administration.createAccount(headId, head, "rahasia-volunteer");
        } else {
            head = logins.get(0);
        }
        currentUser.runAs(head);
        long need = volunteering.announce(new Volunteering.NewNeed("Validasi data kepegawaian",
                "Membantu validasi data", LocalDate.now().plusDays(14)));

        currentUser.runAs("klaten.pegawai");
        assertTrue(volunteering.openNeeds().stream().anyMatch(n -> n.id() == need), "the employee sees the need");
        long id = volunteering.apply(application(null, need));
        assertEquals(AssignmentScope.WITHIN_UNIT, volunteering.application(id).scope());
        assertEquals("Validasi data kepegawaian", volunteering.application(id).needTitle());

        currentUser.runAs("jombang.pegawai");
        assertThrows(NotFoundException.class, () -> volunteering.apply(application(null, need)));
    }

    @Test
    void theIssuedVolunteerLetterNamesTheModeAndIsAPdf() {
        currentUser.runAs("kayong.ketua");
        long id = volunteering.apply(application(null, null));
        currentUser.runAs(loginOfAwaited(id, "KAYONG_UTARA"));
        volunteering.approveApplication(id, volunteering.application(id).version());
        currentUser.runAs("kayong.kadis");
        long assignment = ItSupport.count(em, "select assignment_id from volunteer_application where id = ?1", id);
        assignments.sign(assignment, assignments.assignment(assignment).version());
        Assignments.AssignmentView a = assignments.assignment(assignment);
        assertEquals(AssignmentStatus.ISSUED, a.status());
        String text = AssignmentItSupport.pdfText(assignments.letterPdf(assignment));
        assertTrue(text.contains("Pengajuan sukarela") && text.contains(a.letterNumber()), text);
    }
}
