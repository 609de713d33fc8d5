package id.sikerja.it;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationAdministration.EmployeeData;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.application.OrganisationQueries.EmployeeView;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.testsupport.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two people editing the same record: the one who saves second, on a stale copy, is told so and
 * nothing of the first save is lost or overwritten.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentEditIT {

    private static final String ADMIN = "klaten.admin";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(ConcurrentEditIT.class, ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    OrganisationQueries queries;

    @Inject
    OrganisationAdministration administration;

    @Inject
    Instance<RequestContextController> requestContexts;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    /** A second personnel-office account of Klaten, for a fresh employee. */
    private String secondAdmin() {
        currentUser.runAs(ADMIN);
        long employee = administration.createEmployee(ItSupport.pns(em, "Admin Kedua Uji", "III/a"));
        String username = ItSupport.uniqueUsername("it.admin2.");
        long account = administration.createAccount(employee, username, "rahasia-admin-2");
        administration.grant(account, Role.ADMIN);
        return username;
    }

    private static EmployeeData data(String name, String nip, String email) {
        return new EmployeeData(name, EmploymentStatus.PNS, nip, null, null, "III/a", email, null);
    }

    @Test
    void theSecondSaveOnAStaleVersionIsRefusedAndTheFirstSurvives() {
        String other = secondAdmin();
        currentUser.runAs(ADMIN);
        long id = administration.createEmployee(ItSupport.pns(em, "Pegawai Rebutan", "III/a"));
        EmployeeView seen = queries.employee(id);
        String nip = seen.nip().replace(" ", "");

        // Both admins opened the page and saw the same version.
        currentUser.runAs(ADMIN);
        int versionSeenByFirst = queries.employee(id).version();
        currentUser.runAs(other);
        int versionSeenBySecond = queries.employee(id).version();
        assertEquals(versionSeenByFirst, versionSeenBySecond);

        currentUser.runAs(ADMIN);
        administration.updateEmployee(id, versionSeenByFirst, data("Nama Dari Admin Pertama", nip, "satu@klaten.go.id"));

        currentUser.runAs(other);
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class, () -> administration
                .updateEmployee(id, versionSeenBySecond, data("Nama Dari Admin Kedua", nip, "dua@klaten.go.id")));
        assertEquals("error.conflict", conflict.getMessageKey());

        EmployeeView now = queries.employee(id);
        assertEquals("Nama Dari Admin Pertama", now.name());
        assertEquals("satu@klaten.go.id", now.email());
        assertEquals(versionSeenByFirst + 1, now.version());

        // Reloading and applying the change again works.
        administration.updateEmployee(id, now.version(), data("Nama Dari Admin Kedua", nip, "dua@klaten.go.id"));
        assertEquals("Nama Dari Admin Kedua", queries.employee(id).name());
    }

    @Test
    void aPlacementOnAStaleVersionIsRefused() {
        String other = secondAdmin();
        currentUser.runAs(ADMIN);
        long unit = administration.createUnit(ItSupport.unitId(em, "KLATEN", "DISHUB-LLAJ"),
                ItSupport.uniqueCode("IT-CC-"), "Seksi Uji Rebutan", UnitKind.ORGANISATION_UNIT, null, 3);
        long first = administration.createPosition(unit, "Pengadministrasi Rebutan", PositionClass.PELAKSANA, null,
                false, 1);
        long second = administration.createPosition(unit, "Pengelola Rebutan", PositionClass.PELAKSANA, null, false, 1);
        long id = administration.createEmployee(ItSupport.pns(em, "Pegawai Dipindah Dua Kali", "II/c"));
        int version = queries.employee(id).version();
        LocalDate start = LocalDate.now().minusDays(2);

        administration.placeEmployee(id, version, first, start, "SK admin pertama");
        currentUser.runAs(other);
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> administration.placeEmployee(id, version, second, start, "SK admin kedua"));
        assertEquals("error.conflict", conflict.getMessageKey());

        EmployeeView now = queries.employee(id);
        assertEquals(first, now.positionId());
        assertEquals(1, now.placements().size());
        assertEquals("SK admin pertama", now.placements().get(0).reason());
        // A personal-data save based on the version from before the placement is stale too.
        assertThrows(ConcurrentEditException.class, () -> administration.updateEmployee(id, version,
                data("Nama Basi", now.nip().replace(" ", ""), null)));
        assertEquals(now.name(), queries.employee(id).name());
        // Ending the placement with the stale version is refused as well.
        assertThrows(ConcurrentEditException.class, () -> administration.endPlacement(id, version, LocalDate.now()));
        assertNull(queries.employee(id).placements().get(0).endDate());
    }

    /** Two transactions read the same row, both change it: the later commit fails, the first stays. */
    @Test
    void twoTransactionsUpdatingTheSameRowOneGetsAnOptimisticLockException() throws Exception {
        currentUser.runAs(ADMIN);
        long id = administration.createEmployee(ItSupport.pns(em, "Pegawai Dua Transaksi", "III/a"));
        CyclicBarrier bothRead = new CyclicBarrier(2);
        CountDownLatch firstCommitted = new CountDownLatch(1);

        Future<String> first = executor.submit(() -> inTransaction(() -> {
            Employee e = em.find(Employee.class, id);
            await(bothRead);
            e.updateContact("pertama@klaten.go.id", null);
            em.flush();
            return "ok";
        }, firstCommitted::countDown));
        Future<String> second = executor.submit(() -> inTransaction(() -> {
            Employee e = em.find(Employee.class, id);
            await(bothRead);
            firstCommitted.await(30, TimeUnit.SECONDS);
            e.updateContact("kedua@klaten.go.id", null);
            em.flush();
            return "ok";
        }, () -> { }));

        assertEquals("ok", first.get(60, TimeUnit.SECONDS));
        ExecutionException lost = assertThrows(ExecutionException.class, () -> second.get(60, TimeUnit.SECONDS));
        assertTrue(ItSupport.causedBy(lost, OptimisticLockException.class),
                "the stale transaction failed otherwise: " + lost.getCause());
        assertEquals("pertama@klaten.go.id", queries.employee(id).email());
    }

    /**
     * Several admins press "save" on the same version at the same moment, through the service:
     * exactly one save wins, every other one is refused as a conflict (never silently applied).
     */
    @Test
    void simultaneousSavesThroughTheServiceLetExactlyOneWin() throws Exception {
        currentUser.runAs(ADMIN);
        long id = administration.createEmployee(ItSupport.pns(em, "Pegawai Serbuan", "III/a"));
        EmployeeView seen = queries.employee(id);
        String nip = seen.nip().replace(" ", "");
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<String>> saves = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String name = "Nama Versi " + i;
            saves.add(executor.submit(asAdmin(() -> {
                await(start);
                administration.updateEmployee(id, seen.version(), data(name, nip, null));
                return name;
            })));
        }
        List<String> winners = new ArrayList<>();
        for (Future<String> save : saves) {
            try {
                winners.add(save.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                assertTrue(ItSupport.causedBy(e, ConcurrentEditException.class)
                                || ItSupport.causedBy(e, OptimisticLockException.class),
                        "a losing save failed with something else than a conflict: " + e.getCause());
            }
        }
        assertEquals(1, winners.size(), "saves that all succeeded: " + winners);
        EmployeeView now = queries.employee(id);
        assertEquals(winners.get(0), now.name());
        assertEquals(seen.version() + 1, now.version());
    }

    // --- helpers ------------------------------------------------------------------------------

    private <T> T inTransaction(Callable<T> work, Runnable afterCommit) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            afterCommit.run();
            return result;
        } catch (Exception e) {
            try {
                tx.rollback();
            } catch (Exception ignored) {
                // already rolled back
            }
            throw e;
        }
    }

    /** Runs work on a pool thread in a request of its own, as the Klaten admin. */
    private <T> Callable<T> asAdmin(Callable<T> work) {
        return ItSupport.inRequestAs(requestContexts, currentUser, ADMIN, work);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            fail("threads did not meet: " + e);
        }
    }
}
