package id.sikerja.it;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationAdministration.EmployeeData;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.application.internal.ScopeService;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.organisation.EmployeeRow;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.Sex;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.shared.AccessDeniedException;
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
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each demo role of Klaten may see and do: an employee only themselves, a unit head their
 * subtree, a department head their department, oversight the whole government read-only.
 */
@ExtendWith(ArquillianExtension.class)
class RoleScopingIT {

    private static final String KLATEN = "KLATEN";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(RoleScopingIT.class, ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    OrganisationQueries queries;

    @Inject
    OrganisationAdministration administration;

    @Inject
    ScopeService scopes;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Test
    void rolesFollowGrantsAndPlacement() {
        assertEquals(EnumSet.of(Role.EMPLOYEE), scopes.scopeOf("klaten.pegawai").roles());
        assertTrue(scopes.scopeOf("klaten.kabid").has(Role.UNIT_HEAD));
        assertFalse(scopes.scopeOf("klaten.kabid").has(Role.DEPARTMENT_HEAD));
        assertTrue(scopes.scopeOf("klaten.kadis").has(Role.DEPARTMENT_HEAD));
        assertTrue(scopes.scopeOf("klaten.sekda").has(Role.AUTHORITY));
        assertTrue(scopes.scopeOf("klaten.bupati").has(Role.AUTHORITY));
        assertTrue(scopes.scopeOf("klaten.admin").has(Role.ADMIN));
        assertTrue(scopes.scopeOf("klaten.pengawas").has(Role.OVERSIGHT));
        assertFalse(scopes.scopeOf("klaten.pengawas").has(Role.ADMIN));
        assertTrue(scopes.scopeOf("klaten.ketua").has(Role.TEAM_LEAD));
        for (String login : List.of("klaten.pegawai", "klaten.kabid", "klaten.kadis", "klaten.pengawas")) {
            assertFalse(scopes.scopeOf(login).has(Role.ADMIN), login + " is an admin");
        }
    }

    @Test
    void anEmployeeSeesOnlyThemself() {
        long self = ItSupport.employeeOf(em, "klaten.pegawai");
        long colleagueElsewhere = ItSupport.staffMemberOf(em, KLATEN, "DINKES-YANKES");
        long ownUnit = ItSupport.unitId(em, KLATEN, "DINKES-SEKRE-UMUM");
        long otherUnit = ItSupport.unitId(em, KLATEN, "DINKES-YANKES");
        currentUser.runAs("klaten.pegawai");

        var me = queries.employee(self);
        assertEquals(self, me.id());
        assertEquals("Pengadministrasi Perkantoran", me.positionTitle());
        assertFalse(me.editable(), "an employee may edit records");
        assertThrows(AccessDeniedException.class, () -> queries.employee(colleagueElsewhere));
        assertThrows(AccessDeniedException.class, () -> queries.employee(ItSupport.headOf(em, KLATEN, "DINKES")));
        assertThrows(AccessDeniedException.class, () -> queries.unit(otherUnit));
        assertThrows(AccessDeniedException.class, () -> queries.unit(ItSupport.unitId(em, KLATEN, "DINKES")));
        assertFalse(queries.unit(ownUnit).editable());
        // The tree shows the whole structure, but only units the employee may open are marked so.
        long dinkes = queries.rootNodes().stream().filter(n -> n.code().equals("DINKES")).findFirst().orElseThrow().id();
        assertTrue(queries.rootNodes().stream().noneMatch(OrganisationQueries.UnitNode::openable),
                "no department page opens for a plain employee");
        assertTrue(queries.childNodes(dinkes).stream().noneMatch(OrganisationQueries.UnitNode::openable));
        assertTrue(queries.unit(ownUnit).breadcrumbs().stream().noneMatch(OrganisationQueries.UnitNode::openable));

        List<EmployeeRow> visible = queries.employees(null, 0, 200, null, true);
        assertEquals(List.of(self), visible.stream().map(EmployeeRow::id).toList());
        assertEquals(1, queries.countEmployees(null));
        // Searching does not widen the scope.
        String colleagueName = em.createQuery("select e.name from Employee e where e.id = :id", String.class)
                .setParameter("id", colleagueElsewhere).getSingleResult();
        assertTrue(queries.employees(colleagueName, 0, 50, null, true).stream().allMatch(r -> r.id() == self));

        assertThrows(AccessDeniedException.class, () -> queries.appraisalProblems());
        assertThrows(AccessDeniedException.class, () -> administration.rules());
        assertThrows(AccessDeniedException.class, () -> queries.searchPositions("Kepala"));
    }

    @Test
    void anEmployeeCanAdministerNothing() {
        long self = ItSupport.employeeOf(em, "klaten.pegawai");
        Object[] before = row(self);
        currentUser.runAs("klaten.pegawai");
        int version = queries.employee(self).version();
        long unit = ItSupport.unitId(em, KLATEN, "DINKES-SEKRE-UMUM");
        long employeesBefore = ItSupport.employeeCount(em);

        assertAllRefused(adminCalls(self, version, unit));

        assertEquals(employeesBefore, ItSupport.employeeCount(em));
        Object[] after = row(self);
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i]);
        }
    }

    @Test
    void oversightSeesTheWholeGovernmentButChangesNothing() {
        long deepInDinkes = ItSupport.staffMemberOf(em, KLATEN, "DINKES-RSUD-YANMED-KEP");
        long inDisdik = ItSupport.staffMemberOf(em, KLATEN, "DISDIK-SD");
        long self = ItSupport.employeeOf(em, "klaten.pegawai");
        currentUser.runAs("klaten.admin");
        long adminCount = queries.countEmployees(null);
        currentUser.runAs("klaten.pengawas");

        assertEquals(deepInDinkes, queries.employee(deepInDinkes).id());
        assertEquals(inDisdik, queries.employee(inDisdik).id());
        assertFalse(queries.employee(inDisdik).editable());
        assertFalse(queries.unit(ItSupport.unitId(em, KLATEN, "SETDA")).editable());
        assertEquals(adminCount, queries.countEmployees(null), "oversight sees fewer people than the admin");
        queries.appraisalProblems();
        assertFalse(administration.rules().isEmpty());

        int version = queries.employee(self).version();
        Object[] before = row(self);
        assertAllRefused(adminCalls(self, version, ItSupport.unitId(em, KLATEN, "DINKES-SEKRE-UMUM")));
        Object[] after = row(self);
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i]);
        }
    }

    @Test
    void aUnitHeadSeesTheirSubtreeButNotASiblingUnit() {
        long inOwnUnit = ItSupport.staffMemberOf(em, KLATEN, "DINKES-YANKES");
        long inSibling = ItSupport.staffMemberOf(em, KLATEN, "DINKES-P2P");
        long siblingHead = ItSupport.headOf(em, KLATEN, "DINKES-P2P");
        long ownBoss = ItSupport.headOf(em, KLATEN, "DINKES");
        String ownPath = "/DINKES/DINKES-YANKES/";
        currentUser.runAs("klaten.kabid");

        assertEquals(inOwnUnit, queries.employee(inOwnUnit).id());
        assertEquals(ItSupport.unitId(em, KLATEN, "DINKES-YANKES"),
                queries.unit(ItSupport.unitId(em, KLATEN, "DINKES-YANKES")).id());
        assertThrows(AccessDeniedException.class, () -> queries.employee(inSibling));
        assertThrows(AccessDeniedException.class, () -> queries.employee(siblingHead));
        assertThrows(AccessDeniedException.class, () -> queries.employee(ownBoss));
        assertThrows(AccessDeniedException.class, () -> queries.unit(ItSupport.unitId(em, KLATEN, "DINKES-P2P")));
        assertThrows(AccessDeniedException.class, () -> queries.unit(ItSupport.unitId(em, KLATEN, "DINKES")));

        List<EmployeeRow> visible = allPages();
        assertTrue(visible.stream().anyMatch(r -> r.id() == inOwnUnit));
        for (EmployeeRow r : visible) {
            assertTrue(r.unitPath() != null && r.unitPath().startsWith(ownPath),
                    "unit head sees " + r.name() + " in " + r.unitPath());
        }
        assertEquals(placedUnder(ownPath), visible.size());
        assertThrows(AccessDeniedException.class, () -> queries.appraisalProblems());
        assertThrows(AccessDeniedException.class,
                () -> administration.createPosition(ItSupport.unitId(em, KLATEN, "DINKES-YANKES"), "Jabatan Liar",
                        PositionClass.PELAKSANA, null, false, 1));
    }

    @Test
    void aDepartmentHeadSeesTheDepartmentButNotAnotherDepartment() {
        long deep = ItSupport.staffMemberOf(em, KLATEN, "DINKES-RSUD-YANMED-KEP");
        long puskesmas = ItSupport.staffMemberOf(em, KLATEN, "DINKES-PKM-KLSEL");
        long otherDepartment = ItSupport.staffMemberOf(em, KLATEN, "DISDIK-SD");
        long otherDepartmentHead = ItSupport.headOf(em, KLATEN, "DISDIK");
        currentUser.runAs("klaten.kadis");

        assertEquals(deep, queries.employee(deep).id());
        assertEquals(puskesmas, queries.employee(puskesmas).id());
        queries.unit(ItSupport.unitId(em, KLATEN, "DINKES-RSUD-YANMED-KEP"));
        assertThrows(AccessDeniedException.class, () -> queries.employee(otherDepartment));
        assertThrows(AccessDeniedException.class, () -> queries.employee(otherDepartmentHead));
        assertThrows(AccessDeniedException.class, () -> queries.unit(ItSupport.unitId(em, KLATEN, "DISDIK")));

        List<EmployeeRow> visible = allPages();
        for (EmployeeRow r : visible) {
            assertTrue(r.unitPath() != null && r.unitPath().startsWith("/DINKES/"),
                    "department head sees " + r.name() + " in " + r.unitPath());
        }
        assertEquals(placedUnder("/DINKES/"), visible.size());
        assertTrue(visible.stream().anyMatch(r -> r.id() == deep));
        assertThrows(AccessDeniedException.class, () -> administration.updateEmployee(deep,
                queries.employee(deep).version(), new EmployeeData("Nama Baru", EmploymentStatus.NON_ASN, null,
                        Sex.MALE, LocalDate.of(1990, 1, 1), null, null, null)));
    }

    // --- helpers ------------------------------------------------------------------------------

    /** One call of every administration operation, each of which must be refused. */
    private Map<String, Executable> adminCalls(long employee, int version, long unit) {
        long position = em.createQuery("select p.id from Position p where p.unit.id = :u and p.headsUnit = false",
                Long.class).setParameter("u", unit).setMaxResults(1).getSingleResult();
        long otherPerson = ItSupport.headOf(em, KLATEN, "DINKES-SEKRE-UMUM");
        long account = em.createQuery("select a.id from UserAccount a where a.username = 'klaten.pegawai'", Long.class)
                .getSingleResult();
        EmployeeData data = new EmployeeData("Nama Baru", EmploymentStatus.NON_ASN, null, Sex.MALE,
                LocalDate.of(1990, 1, 1), null, null, null);
        Map<String, Executable> calls = new java.util.LinkedHashMap<>();
        calls.put("createDepartment", () -> administration.createDepartment(ItSupport.uniqueCode("IT-D"), "Dinas Liar",
                UnitType.DINAS));
        calls.put("createUnit", () -> administration.createUnit(unit, ItSupport.uniqueCode("IT-U"), "Unit Liar",
                UnitKind.ORGANISATION_UNIT, null, 4));
        calls.put("updateUnit", () -> administration.updateUnit(unit, 0, "Unit Liar", null));
        calls.put("tagStructureModels", () -> administration.tagStructureModels(unit, 0, Set.of("SETDA-M4")));
        calls.put("createPosition", () -> administration.createPosition(unit, "Jabatan Liar", PositionClass.PELAKSANA,
                null, false, 1));
        calls.put("createEmployee", () -> administration.createEmployee(ItSupport.pns(em, "Pegawai Liar", "II/a")));
        calls.put("updateEmployee", () -> administration.updateEmployee(employee, version, data));
        calls.put("placeEmployee", () -> administration.placeEmployee(employee, version, position,
                LocalDate.now().plusDays(1), null));
        calls.put("endPlacement", () -> administration.endPlacement(employee, version, LocalDate.now()));
        calls.put("overrideAppraiser", () -> administration.overrideAppraiser(employee, otherPerson,
                "Saya pilih sendiri penilai saya"));
        calls.put("revokeAppraiserOverride", () -> administration.revokeAppraiserOverride(employee));
        calls.put("createAccount", () -> administration.createAccount(employee, ItSupport.uniqueUsername("it.liar."),
                "rahasia-sekali"));
        calls.put("grant", () -> administration.grant(account, Role.ADMIN));
        calls.put("revoke", () -> administration.revoke(account, Role.TEAM_LEAD));
        calls.put("updatePolicy", () -> administration.updatePolicy(administration.policy()));
        calls.put("deleteRule", () -> administration.deleteRule(em.createQuery(
                "select r.id from AppraiserRule r where r.government.code = 'KLATEN'", Long.class).setMaxResults(1)
                .getSingleResult()));
        return calls;
    }

    private static void assertAllRefused(Map<String, Executable> calls) {
        List<String> allowed = new ArrayList<>();
        calls.forEach((name, call) -> {
            try {
                call.execute();
                allowed.add(name);
            } catch (AccessDeniedException expected) {
                // refused, as it must be
            } catch (Throwable other) {
                allowed.add(name + " (failed with " + other + " instead of being refused)");
            }
        });
        assertTrue(allowed.isEmpty(), "not refused: " + allowed);
    }

    private List<EmployeeRow> allPages() {
        List<EmployeeRow> all = new ArrayList<>();
        for (int first = 0; ; first += 200) {
            List<EmployeeRow> page = queries.employees(null, first, 200, "name", true);
            all.addAll(page);
            if (page.size() < 200) {
                return all;
            }
        }
    }

    /** People placed today anywhere under the path (the ground truth for a subtree list). */
    private long placedUnder(String path) {
        return ItSupport.count(em, "select count(distinct p.employee_id) from placement p join position pos "
                + "on pos.id = p.position_id join org_unit u on u.id = pos.org_unit_id join government g "
                + "on g.id = u.government_id where g.code = 'KLATEN' and u.path like ?1 and p.start_date <= current_date "
                + "and (p.end_date is null or p.end_date >= current_date)", path + "%");
    }

    private Object[] row(long employeeId) {
        return (Object[]) em.createNativeQuery("select name, nip, version, email, status, updated_at from employee "
                + "where id = ?1").setParameter(1, employeeId).getSingleResult();
    }
}
