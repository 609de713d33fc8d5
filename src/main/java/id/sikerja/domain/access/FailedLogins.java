package id.sikerja.domain.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recent failed sign-ins, counted twice: per username <em>and client address</em>, and per client address
 * across all usernames (OWASP ASVS 4.0 V2.2.1: anti-automation that does not let an attacker lock
 * users out). Each count locks by its own {@link LoginThrottle}.
 * <ul>
 * <li>A stranger who fails five times on somebody's username locks only himself out of that username:
 *     the owner, signing in from her own computer, is not affected.</li>
 * <li>One address trying many usernames (password spraying, or locking a whole office out one name at a
 *     time) is stopped by the per-address count, whose free attempts are higher so that an office behind
 *     one NAT address survives its staff's typing mistakes.</li>
 * <li>Unknown usernames are counted exactly like existing ones, so the answers (and the lock) never tell
 *     which usernames exist.</li>
 * </ul>
 * A count is forgotten {@code forgetAfter} after its last failure (or after its lock ends, if later); a
 * success clears the username's count for that address but not the address's count (an attacker's own
 * account must not reset his spraying). Attempts during a lock are refused without being counted. The
 * counts live in memory: one server, and a restart forgets them, which only shortens a lock. At most
 * {@code maxTracked} counts are kept; beyond that the ones already forgotten are dropped first.
 */
public final class FailedLogins {

    private final LoginThrottle perUsername;
    private final LoginThrottle perAddress;
    private final Duration forgetAfter;
    private final int maxTracked;
    private final Clock clock;
    private final Map<String, Count> byUsername = new ConcurrentHashMap<>();
    private final Map<String, Count> byAddress = new ConcurrentHashMap<>();

    public FailedLogins(LoginThrottle perUsername, LoginThrottle perAddress, Duration forgetAfter, int maxTracked,
                        Clock clock) {
        if (forgetAfter.isNegative() || forgetAfter.isZero() || maxTracked < 1) {
            throw new IllegalArgumentException("invalid failed-login tracking");
        }
        this.perUsername = Objects.requireNonNull(perUsername);
        this.perAddress = Objects.requireNonNull(perAddress);
        this.forgetAfter = forgetAfter;
        this.maxTracked = maxTracked;
        this.clock = Objects.requireNonNull(clock);
    }

    /** Until when sign-in with this username from this address is refused, or null when it is not. */
    public Instant lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant pair = until(byUsername.get(key(username, address)), now);
        Instant whole = until(byAddress.get(address(address)), now);
        if (pair == null) {
            return whole;
        }
        return whole == null || pair.isAfter(whole) ? pair : whole;
    }

    /** Counts a failure (wrong password or unknown username) and returns the lock it leads to, or null. */
    public Instant failed(String username, String address) {
        Instant now = clock.instant();
        make(byUsername, key(username, address), now, perUsername);
        make(byAddress, address(address), now, perAddress);
        return lockedUntil(username, address);
    }

    /** A successful sign-in: the username's count for this address starts again. */
    public void succeeded(String username, String address) {
        byUsername.remove(key(username, address));
    }

    /** Counts currently kept, for the memory bound. */
    public int tracked() {
        return byUsername.size() + byAddress.size();
    }

    private void make(Map<String, Count> counts, String key, Instant now, LoginThrottle throttle) {
        if (!counts.containsKey(key) && counts.size() >= maxTracked) {
            counts.values().removeIf(c -> c.forgotten(now, forgetAfter));
            if (counts.size() >= maxTracked) {
                // Flooded with distinct keys: the oldest state goes; the other map still holds the flooder.
                counts.clear();
            }
        }
        counts.compute(key, (k, old) -> {
            int failures = old == null || old.forgotten(now, forgetAfter) ? 1 : old.failures() + 1;
            Duration lock = throttle.lockAfter(failures);
            return new Count(failures, now, lock.isZero() ? null : now.plus(lock));
        });
    }

    private Instant until(Count count, Instant now) {
        return count == null || count.lockedUntil() == null || !now.isBefore(count.lockedUntil()) ? null
                : count.lockedUntil();
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "\n" + address(address);
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }

    private record Count(int failures, Instant lastFailure, Instant lockedUntil) {
        boolean forgotten(Instant now, Duration forgetAfter) {
            Instant from = lockedUntil != null && lockedUntil.isAfter(lastFailure) ? lockedUntil : lastFailure;
            return !now.isBefore(from.plus(forgetAfter));
        }
    }
}
