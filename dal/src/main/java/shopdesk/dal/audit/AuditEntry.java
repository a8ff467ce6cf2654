package shopdesk.dal.audit;

/** One audited human action: who did what to which entity, when (server or till clock as recorded) and why. */
public record AuditEntry(long id, long at, String shopId, String userId, AuditAction action, String entityType,
                         String entityId, String reason, String details) {
}
