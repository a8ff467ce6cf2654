package shopdesk.server.audit;

import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.audit.AuditLog;

/** The server's audit rows (overrides used or refused, voids, lockouts), in the caller's transaction, at the server's time. */
public final class AuditTrail {
    private AuditTrail() {
    }

    public static void write(DSLContext tx, long at, String shopId, String userId, AuditAction action, String entityType,
                             String entityId, String reason, String details) {
        AuditLog.insert(tx, at, shopId, userId, action, entityType, entityId, reason, details);
    }
}
