package shopdesk.outbox.delivery;

import java.util.Random;

/**
 * Exponential backoff with full jitter: after the n-th consecutive failure the wait is uniform in
 * [0, min(cap, base * 2^(n-1))]. Jitter spreads the retries of many tills that lost the cloud at once.
 */
public final class Backoff {
    private final long baseMs;
    private final long capMs;
    private final Random random;

    public Backoff(long baseMs, long capMs, Random random) {
        if (baseMs < 1 || capMs < baseMs) throw new IllegalArgumentException("need 1 <= base <= cap");
        this.baseMs = baseMs;
        this.capMs = capMs;
        this.random = random;
    }

    /** The upper bound of the wait after {@code failures} consecutive failures (failures >= 1). */
    public long ceilingMs(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 62));
        long ceiling = baseMs;
        for (int i = 0; i < doublings && ceiling < capMs; i++) ceiling = ceiling * 2;
        return Math.min(capMs, ceiling);
    }

    /** A jittered wait; at least {@code floorMs} (a server's Retry-After). */
    public long delayMs(int failures, long floorMs) {
        long jittered = random.nextLong(ceilingMs(failures) + 1);
        return Math.max(jittered, floorMs);
    }
}
