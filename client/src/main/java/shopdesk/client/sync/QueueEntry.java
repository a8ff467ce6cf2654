package shopdesk.client.sync;

/** One SyncQueue entry as the sync centre lists it. */
public record QueueEntry(long seq, String streamKey, String entityType, String entityId, String action,
                         EntryState state, int attempts, long createdAt, String lastError) {
}
