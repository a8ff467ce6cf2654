package shopdesk.outbox.resolution;

import static shopdesk.db.Tables.AUDIT_LOG;
import static shopdesk.db.Tables.SYNC_RESOLUTION;

import org.jooq.DSLContext;
import shopdesk.dal.common.Actor;

/** Writes each decision twice, in the decision's own transaction: the SyncQueue's trail and the shop's audit log. */
final class ResolutionLog {
    private ResolutionLog() {
    }

    static void write(DSLContext tx, Actor actor, long seq, ResolutionAction action, String reason, Long newSeq,
                      String details, long now) {
        tx.insertInto(SYNC_RESOLUTION)
                .set(SYNC_RESOLUTION.SEQ, seq)
                .set(SYNC_RESOLUTION.AT, now)
                .set(SYNC_RESOLUTION.USER_ID, actor.userId())
                .set(SYNC_RESOLUTION.ACTION, action.name())
                .set(SYNC_RESOLUTION.REASON, reason)
                .set(SYNC_RESOLUTION.NEW_SEQ, newSeq)
                .execute();
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, now)
                .set(AUDIT_LOG.SHOP_ID, actor.shopId())
                .set(AUDIT_LOG.USER_ID, actor.userId())
                .set(AUDIT_LOG.ACTION, "SYNC_" + action.name())
                .set(AUDIT_LOG.ENTITY_TYPE, "sync_entry")
                .set(AUDIT_LOG.ENTITY_ID, Long.toString(seq))
                .set(AUDIT_LOG.REASON, reason)
                .set(AUDIT_LOG.DETAILS, details)
                .execute();
    }
}
