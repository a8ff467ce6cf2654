package shopdesk.server.audit;

import static shopdesk.db.Tables.AUDIT_LOG;

import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditAction;

/** Writes audit_log rows for decisions auditors ask about (overrides used or refused), in the caller's transaction. */
public final class AuditTrail {
    private AuditTrail() {
    }

    public static void write(DSLContext tx, long at, String shopId, String userId, AuditAction action, String entityType,
                             String entityId, String reason, String details) {
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, at)
                .set(AUDIT_LOG.SHOP_ID, shopId)
                .set(AUDIT_LOG.USER_ID, userId)
                .set(AUDIT_LOG.ACTION, action.code())
                .set(AUDIT_LOG.ENTITY_TYPE, entityType)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.REASON, reason == null || reason.length() <= 400 ? reason : reason.substring(0, 400))
                .set(AUDIT_LOG.DETAILS, details)
                .execute();
    }
}
