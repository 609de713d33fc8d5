package id.sikerja.domain.access;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Fixtures;
import id.sikerja.domain.organisation.Government;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final LoginThrottle THROTTLE = new LoginThrottle(3, Duration.ofSeconds(30), Duration.ofMinutes(15));

    private final Government government = Fixtures.government("TEST");
    private final UserAccount account = new UserAccount(government, "budi.santoso", "hash", null, "Budi Santoso");

    @Test
    void failuresWithinTheFreeAttemptsDoNotLock() {
        account.recordFailedLogin(NOW, THROTTLE);
        account.recordFailedLogin(NOW, THROTTLE);

        assertEquals(2, account.getFailedAttempts());
        assertFalse(account.isLocked(NOW));
        assertNull(account.getLockedUntil());
    }

    @Test
    void lastFreeFailureLocksForTheBaseDelay() {
        for (int i = 0; i < 3; i++) {
            account.recordFailedLogin(NOW, THROTTLE);
        }

        assertTrue(account.isLocked(NOW));
        assertTrue(account.isLocked(NOW.plusSeconds(29)));
        assertFalse(account.isLocked(NOW.plusSeconds(30)));
        assertEquals(NOW.plusSeconds(30), account.getLockedUntil());
    }

    @Test
    void furtherFailureDoublesTheLock() {
        for (int i = 0; i < 3; i++) {
            account.recordFailedLogin(NOW, THROTTLE);
        }
        OffsetDateTime later = NOW.plusMinutes(1);

        account.recordFailedLogin(later, THROTTLE);

        assertEquals(later.plusSeconds(60), account.getLockedUntil());
    }

    @Test
    void successResetsFailuresAndLock() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW, THROTTLE);
        }
        OffsetDateTime later = NOW.plusMinutes(5);

        account.recordSuccessfulLogin(later);

        assertEquals(0, account.getFailedAttempts());
        assertFalse(account.isLocked(later));
        assertNull(account.getLockedUntil());
        assertEquals(later, account.getLastLoginAt());

        account.recordFailedLogin(later, THROTTLE);
        assertFalse(account.isLocked(later), "free attempts are available again");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"TEAM_LEAD", "AUTHORITY", "ADMIN", "OVERSIGHT"})
    void grantableRolesAreGranted(Role role) {
        account.grant(role);

        assertEquals(EnumSet.of(role), account.getGrants());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EMPLOYEE", "UNIT_HEAD", "DEPARTMENT_HEAD"})
    void rolesThatFollowFromPlacementCannotBeGranted(Role role) {
        assertRefused("account.roleNotGrantable", () -> account.grant(role));
        assertTrue(account.getGrants().isEmpty());
    }

    @Test
    void revokeRemovesAGrant() {
        account.grant(Role.ADMIN);
        account.grant(Role.OVERSIGHT);

        account.revoke(Role.ADMIN);

        assertEquals(EnumSet.of(Role.OVERSIGHT), account.getGrants());
    }

    @Test
    void grantsAreACopy() {
        account.grant(Role.ADMIN);

        account.getGrants().add(Role.OVERSIGHT);

        assertEquals(EnumSet.of(Role.ADMIN), account.getGrants());
    }

    @ParameterizedTest
    @ValueSource(strings = {"budi", "budi.santoso", "kayong.admin", "b_s-2", "199001012015031001"})
    void wellFormedUsernamesAreAccepted(String username) {
        assertEquals(username, new UserAccount(government, username, "hash", null, "x").getUsername());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ab", "Budi", "budi santoso", ".budi", "-budi", "budi@x.id", "budí", "anonymous"})
    void malformedUsernamesAreRefused(String username) {
        assertRefused("account.usernameInvalid", () -> new UserAccount(government, username, "hash", null, "x"));
    }

    @Test
    void usernameIsAtMostOneHundredCharacters() {
        new UserAccount(government, "a".repeat(100), "hash", null, "x");
        assertRefused("account.usernameInvalid", () -> new UserAccount(government, "a".repeat(101), "hash", null, "x"));
    }

    @Test
    void employeeOfAnotherGovernmentIsRefused() {
        Employee foreign = Fixtures.pns(Fixtures.government("OTHER"), "Budi Santoso");

        assertRefused("account.otherGovernment",
                () -> new UserAccount(government, "budi", "hash", foreign, "Budi Santoso"));
    }

    @Test
    void newAccountIsEnabledAndUnlocked() {
        assertTrue(account.isEnabled());
        assertFalse(account.isLocked(NOW));

        account.disable();
        assertFalse(account.isEnabled());
    }

    @Test
    void aPasswordNeedsAtLeastEightCharacters() {
        id.sikerja.domain.organisation.Fixtures.assertRefused("account.passwordTooShort",
                () -> UserAccount.requireAcceptablePassword("tujuh77"));
        id.sikerja.domain.organisation.Fixtures.assertRefused("account.passwordTooShort",
                () -> UserAccount.requireAcceptablePassword(null));
        UserAccount.requireAcceptablePassword("delapan8");
        UserAccount.requireAcceptablePassword("kata sandi panjang");
    }
}
