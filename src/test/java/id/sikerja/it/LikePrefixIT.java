package id.sikerja.it;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentMode;
import id.sikerja.domain.assignment.AssignmentRepository;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.policy.LetterSigner;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.testsupport.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unit's subtree is a prefix of its path, and unit codes may contain {@code _}: the records of the
 * sibling {@code …X1} must not show up under {@code …_1}. Checked on the real query against PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class LikePrefixIT {

    private static final String KU = "KAYONG_UTARA";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(LikePrefixIT.class, ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    OrganisationAdministration administration;

    @Inject
    AssignmentRepository assignments;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void aUnitCodeWithAnUnderscoreDoesNotSelectItsSibling() throws Exception {
        long parentId = em.createQuery("select p.position.unit.id from Placement p, UserAccount a where a.username = :u "
                + "and p.employee = a.employee and p.endDate is null", Long.class)
                .setParameter("u", "kayong.kabid").getSingleResult();
        OrgUnit parent = em.find(OrgUnit.class, parentId);
        String code = ItSupport.uniqueCode("LK");
        currentUser.runAs("kayong.admin");
        long ownId = administration.createUnit(parentId, code + "_1", "Seksi Uji Satu", UnitKind.ORGANISATION_UNIT,
                null, parent.getLevel() + 1);
        long siblingId = administration.createUnit(parentId, code + "X1", "Seksi Uji Sebelah", UnitKind.ORGANISATION_UNIT,
                null, parent.getLevel() + 1);

        tx.begin();
        Employee person = em.find(Employee.class, ItSupport.employeeOf(em, "kayong.pegawai"));
        Employee head = em.find(Employee.class, ItSupport.employeeOf(em, "kayong.kabid"));
        Assignment inOwn = assignmentIn(em.find(OrgUnit.class, ownId), person, head);
        Assignment inSibling = assignmentIn(em.find(OrgUnit.class, siblingId), person, head);
        em.persist(inOwn);
        em.persist(inSibling);
        tx.commit();

        String ownPath = em.find(OrgUnit.class, ownId).getPath();
        assertTrue(em.find(OrgUnit.class, siblingId).getPath().matches(ownPath.replace("_", ".") + ".*"),
                "the sibling's path is one an unescaped '_' would match");
        List<Long> seen = assignments.assignmentsManagedBy(ItSupport.governmentId(em, KU), null, List.of(ownPath), false,
                1000).stream().map(Assignment::getId).toList();

        assertTrue(seen.contains(inOwn.getId()), "the unit's own assignment");
        assertFalse(seen.contains(inSibling.getId()), "the sibling's assignment is not in the unit's subtree");
        assertEquals(List.of(inOwn.getId()), seen.stream().filter(id -> id.equals(inOwn.getId()) || id.equals(inSibling.getId())).toList());
    }

    private static Assignment assignmentIn(OrgUnit unit, Employee person, Employee head) {
        return new Assignment(person, unit, head, head, LetterSigner.DEPARTMENT_HEAD_DECREE, AssignmentMode.APPOINTMENT,
                AssignmentRole.TEAM_MEMBER, "Tim Uji", List.of("Menguji awalan LIKE"), false, LocalDate.now(), null,
                "Uji", List.of(), null);
    }
}
