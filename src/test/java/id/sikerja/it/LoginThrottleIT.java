package id.sikerja.it;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.domain.access.Role;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.infrastructure.security.LoginService;
import id.sikerja.infrastructure.security.LoginService.Outcome;
import id.sikerja.infrastructure.security.LoginService.Status;
import id.sikerja.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Password guessing is slowed down: after five wrong passwords in a row from one address the account is
 * locked for that address, even for the right password; a successful sign-in resets the count; the owner
 * at another address is not locked out by a stranger. Uses fresh accounts so the demo logins are never locked.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    private static final String PASSWORD = "kata-sandi-benar";
    /** Addresses of this test alone (a new instance per test): the per-address count never adds up across tests. */
    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();
    private final String stranger = "198.51.100." + ADDRESSES.incrementAndGet();
    private final String owner = "198.51.100." + ADDRESSES.incrementAndGet();

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(LoginThrottleIT.class, ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    OrganisationAdministration administration;

    @Inject
    LoginService login;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    private String freshAccount(Role... grants) {
        currentUser.runAs("klaten.admin");
        long employee = administration.createEmployee(ItSupport.pns(em, "Pemilik Akun Throttle", "III/a"));
        String username = ItSupport.uniqueUsername("it.login.");
        long account = administration.createAccount(employee, username, PASSWORD);
        for (Role role : grants) {
            administration.grant(account, role);
        }
        return username;
    }

    private Outcome signIn(String username, String password) {
        return signIn(username, password, stranger);
    }

    private Outcome signIn(String username, String password, String address) {
        return login.authenticate(username, password.toCharArray(), address);
    }

    @Test
    void theRightPasswordSignsInWithTheAccountsRoles() {
        String username = freshAccount(Role.OVERSIGHT);
        Outcome ok = signIn(username, PASSWORD);
        assertEquals(Status.OK, ok.status());
        assertEquals(username, ok.username());
        assertEquals(Set.of(Role.EMPLOYEE, Role.OVERSIGHT), ok.roles());
        assertNull(ok.lockedUntil());
        // Usernames are not case sensitive, passwords are.
        assertEquals(Status.OK, signIn(username.toUpperCase(), PASSWORD).status());
        assertEquals(Status.INVALID, signIn(username, PASSWORD.toUpperCase()).status());
        assertNotNull(em.createQuery("select a.lastLoginAt from UserAccount a where a.username = :u",
                OffsetDateTime.class).setParameter("u", username).getSingleResult());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        String username = freshAccount();
        for (int attempt = 1; attempt <= 4; attempt++) {
            Outcome wrong = signIn(username, "salah-" + attempt);
            assertEquals(Status.INVALID, wrong.status(), "attempt " + attempt);
            assertNull(wrong.username());
            assertTrue(wrong.roles().isEmpty());
        }
        OffsetDateTime beforeFifth = OffsetDateTime.now();
        Outcome fifth = signIn(username, "salah-5");
        assertEquals(Status.LOCKED, fifth.status());
        assertNotNull(fifth.lockedUntil());
        assertTrue(fifth.lockedUntil().isAfter(OffsetDateTime.now()), "locked until the past: " + fifth.lockedUntil());
        // sikerja.login.base-delay-seconds = 30 by default
        assertTrue(!fifth.lockedUntil().isAfter(beforeFifth.plus(Duration.ofSeconds(31)).plusSeconds(5)),
                "lock longer than the configured first delay: " + fifth.lockedUntil());

        Outcome right = signIn(username, PASSWORD);
        assertEquals(Status.LOCKED, right.status(), "the right password got through a locked account");
        assertNull(right.username());
        assertTrue(right.roles().isEmpty());
        // The same lock (the database keeps microseconds): attempts during a lock do not extend it.
        assertTrue(Duration.between(fifth.lockedUntil(), right.lockedUntil()).abs().toMillis() < 1,
                "the lock moved from " + fifth.lockedUntil() + " to " + right.lockedUntil());

        // The failures were counted on the account too, although every sign-in failed; five from one address
        // do not lock the account itself (that takes sikerja.login.account-free-attempts from anywhere).
        Object[] row = em.createQuery("select a.failedAttempts, a.lockedUntil from UserAccount a where a.username = :u",
                Object[].class).setParameter("u", username).getSingleResult();
        assertEquals(5, ((Number) row[0]).intValue());
        assertNull(row[1]);
    }

    @Test
    void aStrangerFailingFiveTimesDoesNotLockTheOwnerOut() {
        String username = freshAccount();
        for (int attempt = 1; attempt <= 6; attempt++) {
            signIn(username, "tebakan-" + attempt, stranger);
        }
        assertEquals(Status.LOCKED, signIn(username, PASSWORD, stranger).status(), "the stranger is locked out");
        Outcome atHome = signIn(username, PASSWORD, owner);
        assertEquals(Status.OK, atHome.status(), "the owner at her own computer signs in");
        assertEquals(Status.LOCKED, signIn(username, PASSWORD, stranger).status(),
                "the owner's success does not lift the stranger's lock");
    }

    @Test
    void anUnknownUsernameLocksLikeAKnownOne() {
        String known = freshAccount();
        String unknown = ItSupport.uniqueUsername("it.tidak.ada.");
        for (int attempt = 1; attempt <= 5; attempt++) {
            Outcome k = signIn(known, "salah-" + attempt, owner);
            Outcome u = signIn(unknown, "salah-" + attempt, owner);
            assertEquals(k.status(), u.status(), "attempt " + attempt);
        }
        assertEquals(Status.LOCKED, signIn(unknown, PASSWORD, owner).status());
        assertEquals(Status.LOCKED, signIn(known, PASSWORD, owner).status());
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        String username = freshAccount();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(Status.INVALID, signIn(username, "salah").status());
        }
        assertEquals(Status.OK, signIn(username, PASSWORD).status());
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(Status.INVALID, signIn(username, "salah").status(), "locked after a reset, attempt " + attempt);
        }
        assertEquals(Status.OK, signIn(username, PASSWORD).status());
    }

    @Test
    void anUnknownUsernameIsSimplyInvalid() {
        Outcome unknown = signIn(ItSupport.uniqueUsername("it.tidak.ada."), PASSWORD);
        assertEquals(Status.INVALID, unknown.status());
        assertNull(unknown.lockedUntil());
    }
}
