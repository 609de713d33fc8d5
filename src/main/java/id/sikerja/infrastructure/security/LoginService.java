package id.sikerja.infrastructure.security;

import id.sikerja.application.internal.ScopeService;
import id.sikerja.domain.access.AccountRepository;
import id.sikerja.domain.access.PasswordHasher;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.access.UserAccount;
import id.sikerja.infrastructure.config.SikerjaConfig;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a username and password against the accounts table, counting failures so that guessing
 * slows down ({@link id.sikerja.domain.access.LoginThrottle}). Its own transaction: a failure is
 * recorded even though the sign-in fails.
 */
@Stateless
public class LoginService {

    /** A hash of nothing, verified when the username is unknown so timing does not reveal which names exist. */
    private static volatile String dummyHash;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SikerjaConfig config;

    @Inject
    ScopeService scopes;

    public Outcome authenticate(String username, char[] password) {
        OffsetDateTime now = OffsetDateTime.now();
        Optional<UserAccount> found = accounts.byUsername(username);
        if (found.isEmpty() || !found.get().isEnabled()) {
            if (dummyHash == null) {
                dummyHash = hasher.hash("-".toCharArray());
            }
            hasher.verify(password, dummyHash);
            return Outcome.invalid();
        }
        UserAccount account = found.get();
        if (account.isLocked(now)) {
            return Outcome.locked(account.getLockedUntil());
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            account.recordFailedLogin(now, config.loginThrottle());
            return account.isLocked(now) ? Outcome.locked(account.getLockedUntil()) : Outcome.invalid();
        }
        account.recordSuccessfulLogin(now);
        return new Outcome(Status.OK, account.getUsername(), scopes.rolesOf(account), null);
    }

    public enum Status { OK, INVALID, LOCKED }

    public record Outcome(Status status, String username, Set<Role> roles, OffsetDateTime lockedUntil) {
        static Outcome invalid() {
            return new Outcome(Status.INVALID, null, Set.of(), null);
        }

        static Outcome locked(OffsetDateTime until) {
            return new Outcome(Status.LOCKED, null, Set.of(), until);
        }
    }
}
