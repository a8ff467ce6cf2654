package shopdesk.client.sync;

import java.util.EnumMap;
import java.util.Map;

/**
 * A snapshot of the SyncQueue for the status bar. {@code configured} false means a standalone till (no cloud).
 * Times are the till's clock in UTC millis, shown only, never used for decisions; {@code clockSkewMillis} is the
 * server's clock minus the till's (null: not measured yet).
 */
public record SyncStatus(boolean configured, boolean online, PauseReason paused, Map<EntryState, Long> counts,
                         Long oldestPendingAgeMillis, Long lastSyncAt, boolean syncing, long progressDone,
                         long progressTotal, Long clockSkewMillis) {

    public SyncStatus(boolean configured, boolean online, PauseReason paused, Map<EntryState, Long> counts,
                      Long oldestPendingAgeMillis, Long lastSyncAt, boolean syncing, long progressDone, long progressTotal) {
        this(configured, online, paused, counts, oldestPendingAgeMillis, lastSyncAt, syncing, progressDone, progressTotal, null);
    }

    public SyncStatus {
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
    }

    public static SyncStatus standalone() {
        return new SyncStatus(false, false, PauseReason.NONE, Map.of(), null, null, false, 0, 0);
    }

    public long count(EntryState s) {
        return counts.getOrDefault(s, 0L);
    }

    public long pending() {
        return count(EntryState.PENDING) + count(EntryState.IN_FLIGHT) + count(EntryState.RETRY_WAIT);
    }

    public long failed() {
        return count(EntryState.FAILED);
    }

    public long conflicts() {
        return count(EntryState.CONFLICT);
    }
}
