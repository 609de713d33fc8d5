package id.sikerja.infrastructure.security;

import id.sikerja.application.internal.ScopeService;
import id.sikerja.domain.access.AccountRepository;
import id.sikerja.domain.access.PasswordHasher;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.access.UserAccount;
import id.sikerja.infrastructure.config.SikerjaConfig;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a username and password against the accounts table. Failures are counted per username and
 * client address and per address ({@link id.sikerja.domain.access.FailedLogins}, held by {@link LoginGuard}),
 * so guessing slows down without letting a stranger lock the owner out; and per account in the database
 * ({@link id.sikerja.domain.access.LoginThrottle}, {@code sikerja.login.account-free-attempts}), a last
 * line against guessing from many addresses. Its own transaction: a failure is recorded even though the
 * sign-in fails.
 * <p>
 * Every answer costs the same: one lookup and one password hash verification, whether the username is
 * unknown, disabled, locked or simply given a wrong password, so neither the answer nor its timing tells
 * which usernames exist (OWASP ASVS 4.0 V2.2.1, CWE-208).
 */
@Stateless
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    /** A hash of nothing, verified when there is no account hash to verify against. */
    private static volatile String dummyHash;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SikerjaConfig config;

    @Inject
    ScopeService scopes;

    @Inject
    LoginGuard guard;

    public Outcome authenticate(String username, char[] password, String clientAddress) {
        OffsetDateTime now = OffsetDateTime.now();
        Optional<UserAccount> found = accounts.byUsername(username);
        UserAccount account = found.filter(UserAccount::isEnabled).orElse(null);
        boolean matches = hasher.verify(password, account == null ? dummyHash() : account.getPasswordHash())
                && account != null;

        Instant locked = guard.failedLogins().lockedUntil(username, clientAddress);
        if (locked != null) {
            return Outcome.locked(locked);
        }
        if (account == null || !matches || account.isLocked(now)) {
            if (account != null && !matches && !account.isLocked(now)) {
                account.recordFailedLogin(now, config.accountLoginThrottle());
                if (account.isLocked(now)) {
                    LOG.warning(() -> "account " + account.getUsername() + " locked until " + account.getLockedUntil()
                            + " after " + account.getFailedAttempts() + " failed sign-ins from any address");
                }
            }
            // An account locked in the database (guessing from many addresses) answers like a wrong password:
            // a lock shown on the first attempt from a new address would tell that the username exists.
            Instant lock = guard.failedLogins().failed(username, clientAddress);
            return lock == null ? Outcome.invalid() : Outcome.locked(lock);
        }
        guard.failedLogins().succeeded(username, clientAddress);
        account.recordSuccessfulLogin(now);
        return new Outcome(Status.OK, account.getUsername(), scopes.rolesOf(account), null);
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash("-".toCharArray());
        }
        return dummyHash;
    }

    public enum Status { OK, INVALID, LOCKED }

    public record Outcome(Status status, String username, Set<Role> roles, OffsetDateTime lockedUntil) {
        static Outcome invalid() {
            return new Outcome(Status.INVALID, null, Set.of(), null);
        }

        static Outcome locked(Instant until) {
            return new Outcome(Status.LOCKED, null, Set.of(), until.atZone(ZoneId.systemDefault()).toOffsetDateTime());
        }
    }
}
