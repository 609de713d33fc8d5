package id.sikerja.it;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationAdministration.EmployeeData;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.application.OrganisationQueries.ProblemRow;
import id.sikerja.application.OrganisationQueries.UnitNode;
import id.sikerja.domain.organisation.EmployeeRow;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One government never sees or touches another's data: ids of another government behave exactly as
 * ids that do not exist, and lists never include anything foreign.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(TenantIsolationIT.class, ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    OrganisationQueries queries;

    @Inject
    OrganisationAdministration administration;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Test
    void anotherGovernmentsEmployeeAndUnitAreNotFound() {
        long jombangPerson = ItSupport.staffMemberOf(em, "JOMBANG", "DINKES-SEKRE-UMUM");
        long jombangUnit = ItSupport.unitId(em, "JOMBANG", "DINKES-SEKRE-UMUM");
        currentUser.runAs("klaten.admin");

        NotFoundException e = assertThrows(NotFoundException.class, () -> queries.employee(jombangPerson));
        assertEquals("error.notFound", e.getMessageKey());
        assertThrows(NotFoundException.class, () -> queries.unit(jombangUnit));
        assertThrows(NotFoundException.class, () -> queries.childNodes(ItSupport.unitId(em, "JOMBANG", "DINKES")));

        // The same ids answer for Jombang's own admin: they exist, they are just not Klaten's.
        currentUser.runAs("jombang.admin");
        assertEquals(jombangPerson, queries.employee(jombangPerson).id());
        assertEquals(jombangUnit, queries.unit(jombangUnit).id());

        // And the other way round.
        long klatenPerson = ItSupport.staffMemberOf(em, "KLATEN", "DINKES-SEKRE-UMUM");
        assertThrows(NotFoundException.class, () -> queries.employee(klatenPerson));
        assertThrows(NotFoundException.class, () -> queries.unit(ItSupport.unitId(em, "KLATEN", "DINKES")));
    }

    @Test
    void employeeListsOnlyEverContainTheOwnGovernment() {
        Set<Long> klaten = ItSupport.employeeIdsOf(em, "KLATEN");
        currentUser.runAs("klaten.admin");

        List<EmployeeRow> all = allPages(null);
        assertFalse(all.isEmpty());
        assertEquals(queries.countEmployees(null), all.size());
        for (EmployeeRow row : all) {
            assertTrue(klaten.contains(row.id()), "Klaten's list shows employee " + row.id() + " " + row.name()
                    + " of another government");
        }

        // Searching for a Jombang person by NIP finds nothing (a NIP is unique nationally) ...
        long jombangPerson = ItSupport.staffMemberOf(em, "JOMBANG", "DINKES-SEKRE-UMUM");
        String[] nameAndNip = nameAndNip(jombangPerson);
        assertTrue(queries.employees(nameAndNip[1], 0, 50, null, true).isEmpty(),
                "a Jombang NIP is found in Klaten's list");
        assertEquals(0, queries.countEmployees(nameAndNip[1]));
        // ... and by name only Klaten people (names repeat across governments).
        for (EmployeeRow row : queries.employees(nameAndNip[0], 0, 200, null, true)) {
            assertTrue(klaten.contains(row.id()), "name search leaks employee " + row.id());
        }
    }

    @Test
    void treeSearchesAndPositionPickersOnlyShowTheOwnGovernment() {
        Set<Long> klatenUnits = ItSupport.unitIdsOf(em, "KLATEN");
        currentUser.runAs("klaten.admin");

        List<UnitNode> roots = queries.rootNodes();
        assertFalse(roots.isEmpty());
        roots.forEach(n -> assertTrue(klatenUnits.contains(n.id()), "root " + n.code() + " is not Klaten's"));
        // Both governments have a "Dinas Kesehatan".
        List<UnitNode> found = queries.searchUnits("Dinas Kesehatan");
        assertFalse(found.isEmpty());
        found.forEach(n -> assertTrue(klatenUnits.contains(n.id()), "search found foreign unit " + n.id()));
        Set<Long> klatenPositions = Set.copyOf(em.createQuery(
                "select p.id from Position p where p.government.code = 'KLATEN'", Long.class).getResultList());
        var positions = queries.searchPositions("Kepala");
        assertFalse(positions.isEmpty());
        positions.forEach(p -> assertTrue(klatenPositions.contains(p.id()), "position " + p.id() + " is foreign"));
        assertEquals("KLATEN", queries.government().code());
    }

    @Test
    void updatingAnotherGovernmentsEmployeeIsNotFoundAndChangesNothing() {
        long jombangPerson = ItSupport.staffMemberOf(em, "JOMBANG", "DINKES-SEKRE-UMUM");
        Object[] before = snapshot(jombangPerson);
        currentUser.runAs("klaten.admin");

        EmployeeData data = new EmployeeData("Diubah Oleh Klaten", EmploymentStatus.NON_ASN, null,
                id.sikerja.domain.organisation.Sex.MALE, LocalDate.of(1990, 1, 1), null, "x@klaten.go.id", null);
        assertThrows(NotFoundException.class, () -> administration.updateEmployee(jombangPerson, (int) before[2], data));
        long jombangPosition = em.createQuery("select p.id from Position p where p.government.code = 'JOMBANG' "
                + "and p.headsUnit = false order by p.id", Long.class).setMaxResults(1).getSingleResult();
        assertThrows(NotFoundException.class,
                () -> administration.placeEmployee(jombangPerson, (int) before[2], jombangPosition, LocalDate.now(), null));
        assertThrows(NotFoundException.class,
                () -> administration.endPlacement(jombangPerson, (int) before[2], LocalDate.now()));
        assertThrows(NotFoundException.class, () -> administration.createAccount(jombangPerson,
                ItSupport.uniqueUsername("it.tenant."), "rahasia-sekali"));
        assertThrows(NotFoundException.class, () -> administration.createUnit(
                ItSupport.unitId(em, "JOMBANG", "DINKES"), ItSupport.uniqueCode("IT-X"), "Unit Asing",
                UnitKind.ORGANISATION_UNIT, null, 2));

        Object[] after = snapshot(jombangPerson);
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i], "Jombang's employee changed (column " + i + ")");
        }
        assertEquals(1, ItSupport.count(em, "select count(*) from placement where employee_id = ?1", jombangPerson));
    }

    @Test
    void ownEmployeesCannotBePlacedInOrAppraisedByAnotherGovernment() {
        long jombangPerson = ItSupport.staffMemberOf(em, "JOMBANG", "DINKES-SEKRE-UMUM");
        long jombangPosition = em.createQuery("select p.id from Position p where p.government.code = 'JOMBANG' "
                + "and p.headsUnit = false order by p.id", Long.class).setMaxResults(1).getSingleResult();
        currentUser.runAs("klaten.admin");
        long mine = administration.createEmployee(ItSupport.pns(em, "Uji Isolasi Penempatan", "III/a"));
        int version = queries.employee(mine).version();

        assertThrows(NotFoundException.class,
                () -> administration.placeEmployee(mine, version, jombangPosition, LocalDate.now(), null));
        assertThrows(NotFoundException.class, () -> administration.overrideAppraiser(mine, jombangPerson,
                "Penilai dari pemerintah daerah lain"));

        var view = queries.employee(mine);
        assertTrue(view.placements().isEmpty(), "placed in a Jombang position");
        assertFalse(view.appraisal().overridden());
        assertEquals(0, ItSupport.count(em, "select count(*) from appraiser_override where employee_id = ?1", mine));
    }

    @Test
    void appraisalProblemsOnlyListTheOwnGovernment() {
        currentUser.runAs("klaten.admin");
        // Make sure Klaten has a problem of its own: a clerk whose appraiser's seat is empty.
        long unit = administration.createUnit(ItSupport.unitId(em, "KLATEN", "DISHUB-LLAJ"),
                ItSupport.uniqueCode("IT-VAC-"), "Seksi Uji Tanpa Kepala", UnitKind.ORGANISATION_UNIT, null, 3);
        administration.createPosition(unit, "Kepala Seksi Uji (kosong)", PositionClass.PENGAWAS, null, true, 1);
        long clerkPosition = administration.createPosition(unit, "Pengadministrasi Uji", PositionClass.PELAKSANA,
                null, false, 1);
        long clerk = administration.createEmployee(ItSupport.pns(em, "Uji Penilai Kosong", "II/c"));
        administration.placeEmployee(clerk, queries.employee(clerk).version(), clerkPosition,
                LocalDate.now().minusDays(3), "uji");

        Set<Long> klatenPeople = ItSupport.employeeIdsOf(em, "KLATEN");
        Set<Long> klatenUnits = ItSupport.unitIdsOf(em, "KLATEN");
        List<ProblemRow> problems = queries.appraisalProblems();
        assertTrue(problems.stream().anyMatch(p -> p.employeeId() == clerk
                        && p.problem() == id.sikerja.domain.organisation.AppraisalProblem.VACANT_APPRAISER),
                "Klaten's own problem is missing: " + problems);
        for (ProblemRow p : problems) {
            assertTrue(klatenPeople.contains(p.employeeId()), "problem of foreign employee " + p.employeeId());
            assertTrue(klatenUnits.contains(p.unitId()), "problem in foreign unit " + p.unitId());
        }

        currentUser.runAs("jombang.admin");
        Set<Long> jombangPeople = ItSupport.employeeIdsOf(em, "JOMBANG");
        List<ProblemRow> theirs = queries.appraisalProblems();
        assertTrue(theirs.stream().noneMatch(p -> p.employeeId() == clerk), "Klaten's problem shows in Jombang");
        theirs.forEach(p -> assertTrue(jombangPeople.contains(p.employeeId())));
        assertEquals(theirs.size(), queries.home().problemCount());
    }

    // --- helpers ------------------------------------------------------------------------------

    private List<EmployeeRow> allPages(String text) {
        List<EmployeeRow> all = new ArrayList<>();
        for (int first = 0; ; first += 200) {
            List<EmployeeRow> page = queries.employees(text, first, 200, "name", true);
            all.addAll(page);
            if (page.size() < 200) {
                return all;
            }
        }
    }

    private String[] nameAndNip(long employeeId) {
        Object[] row = em.createQuery("select e.name, cast(e.nip as String) from Employee e where e.id = :id",
                Object[].class).setParameter("id", employeeId).getSingleResult();
        return new String[] {(String) row[0], (String) row[1]};
    }

    /** name, nip, version, email, status: what an update would have changed. */
    private Object[] snapshot(long employeeId) {
        Object[] row = (Object[]) em.createNativeQuery("select name, nip, version, email, status, updated_at "
                + "from employee where id = ?1").setParameter(1, employeeId).getSingleResult();
        row[2] = ((Number) row[2]).intValue();
        return row;
    }
}
