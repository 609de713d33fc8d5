package id.sikerja.domain.access;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FailedLoginsTest {

    private static final String STRANGER = "10.1.1.66";
    private static final String OWNER = "10.1.1.7";

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final FailedLogins logins = new FailedLogins(
            new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15)),
            new LoginThrottle(20, Duration.ofSeconds(60), Duration.ofMinutes(15)),
            Duration.ofHours(1), 1000, clock);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            logins.failed(username, address);
        }
    }

    @Test
    void fiveFailuresLockTheUsernameForThatAddressOnly() {
        fail("budi", STRANGER, 4);
        assertNull(logins.lockedUntil("budi", STRANGER), "four failures are free");
        Instant lock = logins.failed("budi", STRANGER);
        assertEquals(clock.instant().plusSeconds(30), lock);
        assertEquals(lock, logins.lockedUntil("budi", STRANGER));
        assertNull(logins.lockedUntil("budi", OWNER), "the owner at her own computer is not locked out");
        assertNull(logins.lockedUntil("sari", STRANGER), "nor is the stranger locked out of other usernames yet");
    }

    @Test
    void usernamesAreCountedWithoutRegardToCase() {
        fail("Budi", STRANGER, 3);
        fail(" budi ", STRANGER, 2);
        assertNotNull(logins.lockedUntil("BUDI", STRANGER));
    }

    @Test
    void furtherFailuresAfterALockDoubleIt() {
        fail("budi", STRANGER, 5);
        clock.advance(Duration.ofSeconds(31));
        assertNull(logins.lockedUntil("budi", STRANGER), "the first lock is over");
        assertEquals(clock.instant().plusSeconds(60), logins.failed("budi", STRANGER));
    }

    @Test
    void oneAddressTryingManyUsernamesIsLockedForAllOfThem() {
        for (int i = 0; i < 19; i++) {
            logins.failed("pegawai" + i, STRANGER);
        }
        assertNull(logins.lockedUntil("pegawai99", STRANGER), "19 failures across usernames are free");
        Instant lock = logins.failed("pegawai19", STRANGER);
        assertEquals(clock.instant().plusSeconds(60), lock);
        assertEquals(lock, logins.lockedUntil("anyone", STRANGER), "every username from that address");
        assertNull(logins.lockedUntil("anyone", OWNER), "other addresses are not affected");
    }

    @Test
    void aSuccessClearsTheUsernameCountButNotTheAddressCount() {
        fail("budi", STRANGER, 4);
        logins.succeeded("budi", STRANGER);
        fail("budi", STRANGER, 4);
        assertNull(logins.lockedUntil("budi", STRANGER), "the count started again after the success");

        // the attacker's own account does not reset his count across usernames
        for (int i = 0; i < 12; i++) {
            logins.failed("target" + i, STRANGER);
        }
        logins.succeeded("budi", STRANGER);
        assertNotNull(logins.lockedUntil("someone", STRANGER), "8 + 12 failures from one address lock it");
    }

    @Test
    void countsAreForgottenAnHourAfterTheLastFailureOrLock() {
        fail("budi", STRANGER, 4);
        clock.advance(Duration.ofMinutes(59));
        logins.failed("budi", STRANGER);
        assertNotNull(logins.lockedUntil("budi", STRANGER), "within the hour the fifth failure locks");

        clock.advance(Duration.ofMinutes(61));
        fail("budi", STRANGER, 4);
        assertNull(logins.lockedUntil("budi", STRANGER), "an hour after the lock ended the count starts again");
    }

    @Test
    void theMemoryStaysBoundedUnderAFloodOfUsernames() {
        FailedLogins small = new FailedLogins(new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15)),
                new LoginThrottle(20, Duration.ofSeconds(60), Duration.ofMinutes(15)), Duration.ofHours(1), 50, clock);
        for (int i = 0; i < 500; i++) {
            small.failed("nama" + i, "10.2.0." + (i % 7));
        }
        assertEquals(true, small.tracked() <= 100, "tracked " + small.tracked());
    }

    @Test
    void settingsMustMakeSense() {
        LoginThrottle t = new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15));
        assertThrows(IllegalArgumentException.class, () -> new FailedLogins(t, t, Duration.ZERO, 10, clock));
        assertThrows(IllegalArgumentException.class, () -> new FailedLogins(t, t, Duration.ofHours(1), 0, clock));
    }
}
