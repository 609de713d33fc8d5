package id.sikerja.domain.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void failuresBeforeTheLastFreeAttemptDoNotLock() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(Duration.ZERO, throttle.lockAfter(failures), "after " + failures + " failures");
        }
    }

    @Test
    void failureThatUsesUpTheFreeAttemptsLocksForTheBaseDelay() {
        assertEquals(Duration.ofSeconds(30), throttle.lockAfter(5));
    }

    @Test
    void eachFurtherFailureDoublesTheLock() {
        assertEquals(Duration.ofSeconds(60), throttle.lockAfter(6));
        assertEquals(Duration.ofSeconds(120), throttle.lockAfter(7));
        assertEquals(Duration.ofSeconds(240), throttle.lockAfter(8));
        assertEquals(Duration.ofSeconds(480), throttle.lockAfter(9));
    }

    @Test
    void lockIsCappedAtTheMaximum() {
        assertEquals(Duration.ofMinutes(15), throttle.lockAfter(10));
        assertEquals(Duration.ofMinutes(15), throttle.lockAfter(11));
    }

    @Test
    void manyFailuresStayAtTheMaximumWithoutOverflow() {
        assertEquals(Duration.ofMinutes(15), throttle.lockAfter(100));
        assertEquals(Duration.ofMinutes(15), throttle.lockAfter(Integer.MAX_VALUE));
    }

    @Test
    void atLeastOneFreeAttempt() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(0, Duration.ofSeconds(30), Duration.ofMinutes(15)));
    }

    @Test
    void maximumBelowTheBaseDelayIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(5, Duration.ofMinutes(1), Duration.ofSeconds(30)));
    }

    @Test
    void negativeBaseDelayIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(5, Duration.ofSeconds(-1), Duration.ofMinutes(15)));
    }
}
