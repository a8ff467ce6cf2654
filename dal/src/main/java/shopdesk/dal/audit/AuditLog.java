package shopdesk.dal.audit;

import static shopdesk.db.Tables.AUDIT_LOG;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.db.Database;

/** The audit trail: written inside the caller's transaction, so an audited action and its record commit together. */
public final class AuditLog {
    private final Database db;
    private final Clock clock;

    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records inside {@code tx}. */
    public void record(DSLContext tx, Actor actor, AuditAction action, String entityType, String entityId, String reason,
                       String details) {
        insert(tx, clock.millis(), actor == null ? null : actor.shopId(), actor == null ? null : actor.userId(), action,
                entityType, entityId, reason, details);
    }

    /** The one writer of audit_log rows, till and server, inside {@code tx}; a reason is kept to its 400 characters. */
    public static void insert(DSLContext tx, long at, String shopId, String userId, AuditAction action, String entityType,
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

    /** Records in a transaction of its own (an action with no other rows, e.g. a line removed from a sale). */
    public void record(Actor actor, AuditAction action, String entityType, String entityId, String reason, String details) {
        db.runInTransaction(tx -> record(tx, actor, action, entityType, entityId, reason, details));
    }

    /** Newest first; {@code action} null for all. */
    public Page<AuditEntry> list(AuditAction action, PageRequest page) {
        var where = action == null ? AUDIT_LOG.ID.isNotNull() : AUDIT_LOG.ACTION.in(codes(action));
        return Page.of(db.dsl().selectFrom(AUDIT_LOG).where(where).orderBy(AUDIT_LOG.ID.desc())
                .limit(page.limit() + 1).offset(page.offset())
                .fetch(r -> new AuditEntry(r.getId(), r.getAt(), r.getShopId(), r.getUserId(), AuditAction.fromCode(r.getAction()),
                        r.getEntityType(), r.getEntityId(), r.getReason(), r.getDetails())), page);
    }

    /** The action's code and its legacy spellings, which older databases may still hold. */
    private static List<String> codes(AuditAction action) {
        List<String> all = new ArrayList<>(action.legacyCodes());
        all.add(action.code());
        return all;
    }
}
