package shopdesk.outbox.resolution;

import static shopdesk.db.Tables.SYNC_RESOLUTION;

import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.common.Actor;

/** Writes each decision twice, in the decision's own transaction: the SyncQueue's trail and the shop's audit log. */
final class ResolutionLog {
    private ResolutionLog() {
    }

    static void write(AuditLog audit, DSLContext tx, Actor actor, long seq, ResolutionAction action, String reason, Long newSeq,
                      String details, long now) {
        tx.insertInto(SYNC_RESOLUTION)
                .set(SYNC_RESOLUTION.SEQ, seq)
                .set(SYNC_RESOLUTION.AT, now)
                .set(SYNC_RESOLUTION.USER_ID, actor.userId())
                .set(SYNC_RESOLUTION.ACTION, action.name())
                .set(SYNC_RESOLUTION.REASON, reason)
                .set(SYNC_RESOLUTION.NEW_SEQ, newSeq)
                .execute();
        audit.record(tx, actor, action.audit(), "sync_entry", Long.toString(seq), reason, details);
    }
}
