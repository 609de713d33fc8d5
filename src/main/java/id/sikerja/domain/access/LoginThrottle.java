package id.sikerja.domain.access;

import java.time.Duration;

/**
 * Slows down password guessing: the {@code freeAttempts}-th failure in a row locks the account for
 * {@code baseDelay}, and each further failure doubles the lock, up to {@code maxDelay}. A success resets it.
 */
public record LoginThrottle(int freeAttempts, Duration baseDelay, Duration maxDelay) {

    public LoginThrottle {
        if (freeAttempts < 1 || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("invalid login throttle");
        }
    }

    /** The lock that follows the {@code failures}-th consecutive failure (zero while attempts are free). */
    public Duration lockAfter(int failures) {
        if (failures < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeAttempts, 20);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
