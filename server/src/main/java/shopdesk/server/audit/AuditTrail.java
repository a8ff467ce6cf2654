package shopdesk.server.audit;

import static shopdesk.db.Tables.AUDIT_LOG;

import org.jooq.DSLContext;

/** Writes audit_log rows for decisions auditors ask about (overrides used or refused), in the caller's transaction. */
public final class AuditTrail {
    public static final String STOCK_OVERRIDE_USED = "STOCK_OVERRIDE_USED";
    public static final String STOCK_OVERRIDE_REFUSED = "STOCK_OVERRIDE_REFUSED";
    public static final String BILL_VOIDED = "BILL_VOIDED";
    public static final String DAY_CLOSED = "DAY_CLOSED";
    public static final String LOGIN_LOCKED_OUT = "LOGIN_LOCKED_OUT";

    private AuditTrail() {
    }

    public static void write(DSLContext tx, long at, String shopId, String userId, String action, String entityType,
                             String entityId, String reason, String details) {
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, at)
                .set(AUDIT_LOG.SHOP_ID, shopId)
                .set(AUDIT_LOG.USER_ID, userId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY_TYPE, entityType)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.REASON, reason == null || reason.length() <= 400 ? reason : reason.substring(0, 400))
                .set(AUDIT_LOG.DETAILS, details)
                .execute();
    }
}
