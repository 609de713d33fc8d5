package id.sikerja.it;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationAdministration.EmployeeData;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.Nip;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.Sex;
import id.sikerja.infrastructure.security.CurrentUserBean;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Shared helpers of the in-container tests: unique codes, NIPs nobody holds yet, and look-ups of
 * demo data by its business keys (the ids differ from run to run). Look-ups return scalars, since
 * the tests' EntityManager works outside a transaction and its entities are detached at once.
 */
final class ItSupport {

    static final String DEMO_PASSWORD = "sikerja-demo";

    private static final Set<String> ISSUED_NIPS = ConcurrentHashMap.newKeySet();

    private ItSupport() {
    }

    /** An upper-case code unique in this run, valid as a unit code ({@code [A-Z0-9][A-Z0-9_-]*}). */
    static String uniqueCode(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    /** A lower-case username unique in this run. */
    static String uniqueUsername(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    /** A valid NIP held by nobody in the database (NIPs are unique nationally). */
    static String freshNip(EntityManager em, Sex sex) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 1000; i++) {
            LocalDate birth = LocalDate.of(1970 + r.nextInt(28), 1 + r.nextInt(12), 1 + r.nextInt(28));
            YearMonth appointment = YearMonth.from(birth.plusYears(22 + r.nextInt(4))).withMonth(1 + r.nextInt(12));
            String nip = Nip.compose(birth, appointment, sex, 500 + r.nextInt(500)).value();
            if (ISSUED_NIPS.add(nip) && count(em, "select count(*) from employee where nip = ?1", nip) == 0) {
                return nip;
            }
        }
        throw new IllegalStateException("no free NIP found");
    }

    /** A PNS with a fresh NIP; sex and birth date follow from the NIP. */
    static EmployeeData pns(EntityManager em, String name, String rankCode) {
        return new EmployeeData(name, EmploymentStatus.PNS, freshNip(em, Sex.MALE), null, null, rankCode, null, null);
    }

    /**
     * A new Pelaksana in Klaten's Bidang Pelayanan Kesehatan (placed 40 days ago, appraised by the Kabid) with a
     * login; returns the username. Leaves {@code currentUser} signed in as the personnel office.
     */
    static String newKlatenYankesStaff(CurrentUserBean currentUser, OrganisationAdministration administration,
                                       EntityManager em) {
        currentUser.runAs("klaten.admin");
        long yankes = unitId(em, "KLATEN", "DINKES-YANKES");
        long position = administration.createPosition(yankes, "Penata Layanan Kesehatan " + uniqueCode("IT-"),
                PositionClass.PELAKSANA, null, false, 1);
        long employee = administration.createEmployee(pns(em, "Pegawai Baru Yankes", "II/c"));
        administration.placeEmployee(employee, employeeVersion(em, employee), position, LocalDate.now().minusDays(40),
                "SK penempatan");
        String username = uniqueUsername("it.yankes.");
        administration.createAccount(employee, username, "rahasia-yankes-1");
        return username;
    }

    static int employeeVersion(EntityManager em, long employee) {
        return em.createQuery("select e.version from Employee e where e.id = :id", Integer.class)
                .setParameter("id", employee).getSingleResult();
    }

    static long count(EntityManager em, String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    static long employeeCount(EntityManager em) {
        return count(em, "select count(*) from employee");
    }

    static long governmentId(EntityManager em, String governmentCode) {
        return em.createQuery("select g.id from Government g where g.code = :c", Long.class)
                .setParameter("c", governmentCode).getSingleResult();
    }

    static long unitId(EntityManager em, String governmentCode, String unitCode) {
        return em.createQuery("select u.id from OrgUnit u where u.code = :u and u.government.code = :g", Long.class)
                .setParameter("u", unitCode).setParameter("g", governmentCode).getSingleResult();
    }

    /** The employee record linked to a login. */
    static long employeeOf(EntityManager em, String username) {
        return em.createQuery("select a.employee.id from UserAccount a where a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
    }

    /** The department of the position a login's employee holds today. */
    static long departmentIdOf(EntityManager em, String username) {
        return em.createQuery("select p.position.unit.department.id from Placement p where p.endDate is null "
                + "and p.employee.id = :e", Long.class).setParameter("e", employeeOf(em, username)).getSingleResult();
    }

    /** Someone placed today in exactly this unit who does not head it (demo units have staff). */
    static long staffMemberOf(EntityManager em, String governmentCode, String unitCode) {
        List<Long> ids = placedIn(em, governmentCode, unitCode, false);
        if (ids.isEmpty()) {
            throw new IllegalStateException("nobody but the head in " + governmentCode + "/" + unitCode);
        }
        return ids.get(0);
    }

    /** The holder today of the head position of this unit. */
    static long headOf(EntityManager em, String governmentCode, String unitCode) {
        return placedIn(em, governmentCode, unitCode, true).get(0);
    }

    private static List<Long> placedIn(EntityManager em, String governmentCode, String unitCode, boolean head) {
        return em.createQuery("select p.employee.id from Placement p where p.government.code = :g "
                        + "and p.position.unit.code = :u and p.position.headsUnit = :h and p.startDate <= :d "
                        + "and (p.endDate is null or p.endDate >= :d) order by p.employee.id", Long.class)
                .setParameter("g", governmentCode).setParameter("u", unitCode).setParameter("h", head)
                .setParameter("d", LocalDate.now()).getResultList();
    }

    /** Every employee id of a government. */
    static Set<Long> employeeIdsOf(EntityManager em, String governmentCode) {
        return Set.copyOf(em.createQuery("select e.id from Employee e where e.government.code = :g", Long.class)
                .setParameter("g", governmentCode).getResultList());
    }

    /** Every unit id of a government. */
    static Set<Long> unitIdsOf(EntityManager em, String governmentCode) {
        return Set.copyOf(em.createQuery("select u.id from OrgUnit u where u.government.code = :g", Long.class)
                .setParameter("g", governmentCode).getResultList());
    }

    /** Walks the cause chain. */
    static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Work for a pool thread: runs in a request context of its own, signed in as {@code username}
     * (for tests of simultaneous users).
     */
    static <T> java.util.concurrent.Callable<T> inRequestAs(
            jakarta.enterprise.inject.Instance<jakarta.enterprise.context.control.RequestContextController> contexts,
            id.sikerja.infrastructure.security.CurrentUserBean currentUser, String username,
            java.util.concurrent.Callable<T> work) {
        return () -> {
            jakarta.enterprise.context.control.RequestContextController request = contexts.get();
            request.activate();
            try {
                currentUser.runAs(username);
                return work.call();
            } finally {
                request.deactivate();
            }
        };
    }
}
