package id.sikerja.it;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationAdministration.EmployeeData;
import id.sikerja.application.OrganisationAdministration.RevisionView;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.domain.organisation.EmploymentStatus;
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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every committed change of an employee's master data is kept with who made it (Hibernate Envers). */
@ExtendWith(ArquillianExtension.class)
class EmployeeHistoryIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(EmployeeHistoryIT.class, ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    OrganisationAdministration administration;

    @Inject
    OrganisationQueries queries;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Test
    void eachSaveLeavesAVersionWithItsAuthorAndTheFieldsItChanged() {
        currentUser.runAs("klaten.admin");
        EmployeeData created = ItSupport.pns(em, "Pegawai Berriwayat", "III/a");
        long id = administration.createEmployee(created);
        String nip = queries.employee(id).nip().replace(" ", "");

        administration.updateEmployee(id, queries.employee(id).version(), new EmployeeData("Pegawai Berriwayat Baru",
                EmploymentStatus.PNS, nip, null, null, "III/b", null, "081234567890"));
        currentUser.runAs("klaten.pengawas");
        List<RevisionView> history = administration.employeeRevisions(id);

        assertEquals(2, history.size(), "created, then changed: " + history);
        RevisionView latest = history.get(0);
        assertEquals("CHANGED", latest.kind());
        assertEquals("klaten.admin", latest.username());
        assertEquals(List.of("name", "rank", "phone"), latest.changed());
        assertEquals("Pegawai Berriwayat Baru", latest.name());
        assertEquals("III/b", latest.rankCode());
        RevisionView first = history.get(1);
        assertEquals("CREATED", first.kind());
        assertEquals("Pegawai Berriwayat", first.name());
        assertEquals("III/a", first.rankCode());
    }

    @Test
    void demoDataLoadedAtStartIsStampedAsTheSystemNotAnAnonymousUser() {
        currentUser.runAs("klaten.admin");
        long demo = ItSupport.employeeOf(em, "klaten.kabid");

        List<RevisionView> history = administration.employeeRevisions(demo);

        assertEquals("system", history.get(history.size() - 1).username(), "the oldest version: " + history);
    }

    @Test
    void aRefusedSaveLeavesNoVersion() {
        currentUser.runAs("klaten.admin");
        long id = administration.createEmployee(ItSupport.pns(em, "Pegawai Tanpa Perubahan", "III/a"));
        int version = queries.employee(id).version();

        assertThrows(RuntimeException.class, () -> administration.updateEmployee(id, version,
                new EmployeeData("Pegawai Tanpa Perubahan", EmploymentStatus.PNS, "12345", null, null, "III/a", null, null)));

        assertEquals(1, administration.employeeRevisions(id).size());
    }

    @Test
    void theHistoryIsForThePersonnelOfficeAndOversightOfTheSameGovernmentOnly() {
        currentUser.runAs("klaten.admin");
        long id = administration.createEmployee(ItSupport.pns(em, "Pegawai Rahasia Riwayat", "III/a"));

        currentUser.runAs("klaten.kadis");
        assertThrows(AccessDeniedException.class, () -> administration.employeeRevisions(id));
        currentUser.runAs("kayong.admin");
        assertTrue(administration.employeeRevisions(id).isEmpty(), "another government sees nothing");
    }
}
