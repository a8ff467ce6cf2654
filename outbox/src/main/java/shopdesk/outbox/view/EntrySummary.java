package shopdesk.outbox.view;

import shopdesk.outbox.queue.DeliveryState;

/** One row of the SyncQueue list. Times are the till's clock (created/updated) in UTC millis. */
public record EntrySummary(long seq, String requestId, String streamKey, long streamSeq, String entityType,
                           String entityId, String action, DeliveryState state, int attempts, int failures,
                           long nextAttemptAt, String lastError, Integer lastHttpStatus, String userId,
                           long createdAt, long updatedAt) {
}
