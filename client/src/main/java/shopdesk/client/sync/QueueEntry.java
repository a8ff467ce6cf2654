package shopdesk.client.sync;

/** One SyncQueue entry as the sync centre lists it; {@code label} names the entity as staff know it (null: unknown). */
public record QueueEntry(long seq, String streamKey, String entityType, String entityId, String action,
                         EntryState state, int attempts, long createdAt, String lastError, String label) {

    public QueueEntry(long seq, String streamKey, String entityType, String entityId, String action, EntryState state,
                      int attempts, long createdAt, String lastError) {
        this(seq, streamKey, entityType, entityId, action, state, attempts, createdAt, lastError, null);
    }

    /** The label, else the entity type and a short id. */
    public String entityName() {
        if (label != null) return label;
        return entityType + " " + (entityId == null || entityId.length() <= 8 ? entityId : entityId.substring(0, 8));
    }
}
