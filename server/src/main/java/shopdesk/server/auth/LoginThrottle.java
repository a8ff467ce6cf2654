package shopdesk.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per key (a username, an address). The first {@link Policy#freeFailures} cost nothing; each
 * further one makes the key wait twice as long as the one before (from one second, at most a minute); at
 * {@link Policy#lockoutAfter} failures the key is locked out for {@link Policy#lockout}. A success clears the
 * key, and so does a quiet spell as long as the lockout. Counts live in this server instance's memory: several
 * instances each allow their own share.
 */
public final class LoginThrottle {
    /** How many failures are free, when the lockout starts and how long it lasts. */
    public record Policy(int freeFailures, int lockoutAfter, Duration lockout) {
    }

    public static final Policy PER_USERNAME = new Policy(3, 10, Duration.ofMinutes(15));
    public static final Policy PER_ADDRESS = new Policy(10, 50, Duration.ofMinutes(15));
    private static final long FIRST_DELAY_MS = 1_000;
    private static final long MAX_DELAY_MS = 60_000;
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Policy policy;
    private final Map<String, State> keys = new ConcurrentHashMap<>();

    private record State(int failures, long blockedUntil, long lastFailure) {
    }

    /** What a failure led to: a wait (ms) before the next try, and whether it began a lockout. */
    public record Failure(long waitMillis, boolean lockedOut) {
    }

    public LoginThrottle(Clock clock, Policy policy) {
        this.clock = clock;
        this.policy = policy;
    }

    /** Milliseconds until the key may try again; 0 when it may try now. */
    public long waitMillis(String key) {
        State s = keys.get(key);
        return s == null ? 0 : Math.max(0, s.blockedUntil() - clock.millis());
    }

    public Failure failed(String key) {
        long now = clock.millis();
        if (keys.size() >= MAX_KEYS) keys.values().removeIf(s -> s.blockedUntil() < now);
        State s = keys.compute(key, (k, old) -> {
            boolean fresh = old == null || now - old.lastFailure() > policy.lockout().toMillis()
                    || (old.failures() >= policy.lockoutAfter() && old.blockedUntil() <= now);
            int failures = fresh ? 1 : old.failures() + 1;
            return new State(failures, now + delay(failures), now);
        });
        return new Failure(s.blockedUntil() - now, s.failures() == policy.lockoutAfter());
    }

    public void succeeded(String key) {
        keys.remove(key);
    }

    private long delay(int failures) {
        if (failures >= policy.lockoutAfter()) return policy.lockout().toMillis();
        if (failures <= policy.freeFailures()) return 0;
        int doublings = Math.min(failures - policy.freeFailures() - 1, 16);
        return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS << doublings);
    }
}
