package shopdesk.outbox.queue;

import java.util.List;

/** One SyncQueue entry (immutable part) with its current delivery state. */
public record QueuedEntry(long seq, String requestId, String streamKey, long streamSeq, String entityType,
                          String entityId, String action, String payload, int payloadVersion, Long baseVersion,
                          List<String> dependsOn, String userId, long createdAt,
                          DeliveryState state, int attempts, int failures, long nextAttemptAt, Long leaseUntil,
                          String lastError, Integer lastHttpStatus, String serverState, Long supersededBy,
                          long updatedAt) {
}
