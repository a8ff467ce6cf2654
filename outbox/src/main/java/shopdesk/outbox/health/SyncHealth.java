package shopdesk.outbox.health;

import java.util.Map;
import shopdesk.outbox.queue.DeliveryState;

/**
 * What the status bar shows about the SyncQueue.
 *
 * @param counts            entries per delivery state (every state present)
 * @param oldestPendingAgeMs age of the oldest undelivered entry by the till's clock, or null when none waits
 * @param lastPushAt        server time of the last successful push (null: never)
 * @param lastPullAt        server time of the last successful pull (null: never)
 * @param online            the cloud answered the last exchange
 * @param paused            why the worker is not sending, NONE when it may
 * @param syncing           a push run is in progress; {@code progressSent} of {@code progressTotal} delivered so far
 * @param lastError         the last network or server error, for a tooltip (null when the last exchange worked)
 * @param clockSkewMs       server clock minus the till's, from the last answer's Date header (null: no answer yet)
 */
public record SyncHealth(Map<DeliveryState, Long> counts, Long oldestPendingAgeMs, Long lastPushAt, Long lastPullAt,
                         boolean online, PausedReason paused, boolean syncing, int progressSent, int progressTotal,
                         String lastError, Long clockSkewMs) {

    public SyncHealth(Map<DeliveryState, Long> counts, Long oldestPendingAgeMs, Long lastPushAt, Long lastPullAt,
                      boolean online, PausedReason paused, boolean syncing, int progressSent, int progressTotal,
                      String lastError) {
        this(counts, oldestPendingAgeMs, lastPushAt, lastPullAt, online, paused, syncing, progressSent, progressTotal,
                lastError, null);
    }

    public long count(DeliveryState state) {
        return counts.getOrDefault(state, 0L);
    }

    /** Entries still to be delivered without a person: PENDING, IN_FLIGHT and RETRY_WAIT. */
    public long undelivered() {
        return count(DeliveryState.PENDING) + count(DeliveryState.IN_FLIGHT) + count(DeliveryState.RETRY_WAIT);
    }

    /** Entries parked for a person: CONFLICT and FAILED. */
    public long needsAttention() {
        return count(DeliveryState.CONFLICT) + count(DeliveryState.FAILED);
    }
}
