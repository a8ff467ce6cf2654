package shopdesk.protocol.payload;

/**
 * RECORD_AUDIT: a decision made on a till about its SyncQueue (discard, force push, void, re-link...), sent so the
 * back office sees who did what and why. {@code action} is an audit code ("sync.discard"), {@code entityType} and
 * {@code entityId} what it was about, {@code clientCreatedAt} the till's clock (the server stores its own time).
 */
public record AuditRecordPayload(String id, String deviceId, String userId, String action, String entityType,
                                 String entityId, String reason, String details, long clientCreatedAt) {
}
