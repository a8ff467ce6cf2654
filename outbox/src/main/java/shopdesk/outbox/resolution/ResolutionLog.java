package shopdesk.outbox.resolution;

import static shopdesk.db.Tables.SYNC_RESOLUTION;

import java.util.List;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.change.Change;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.payload.AuditRecordPayload;
import shopdesk.protocol.payload.Payloads;

/**
 * Writes each decision three times, in the decision's own transaction: the SyncQueue's trail, the shop's audit log,
 * and a RECORD_AUDIT entry that takes it to the server's audit log, so the back office sees who decided what.
 */
final class ResolutionLog {
    private ResolutionLog() {
    }

    static void write(AuditLog audit, SyncQueueStore store, DSLContext tx, Actor actor, long seq, ResolutionAction action,
                      String reason, Long newSeq, String details, long now) {
        tx.insertInto(SYNC_RESOLUTION)
                .set(SYNC_RESOLUTION.SEQ, seq)
                .set(SYNC_RESOLUTION.AT, now)
                .set(SYNC_RESOLUTION.USER_ID, actor.userId())
                .set(SYNC_RESOLUTION.ACTION, action.name())
                .set(SYNC_RESOLUTION.REASON, reason)
                .set(SYNC_RESOLUTION.NEW_SEQ, newSeq)
                .execute();
        audit.record(tx, actor, action.audit(), "sync_entry", Long.toString(seq), reason, details);
        store.append(tx, record(tx, store, actor, seq, action, reason, details, now), now);
    }

    /** The entry's own entity is named (a bill, a product), so the server's audit row says what it was about. */
    private static Change record(DSLContext tx, SyncQueueStore store, Actor actor, long seq, ResolutionAction action,
                                 String reason, String details, long now) {
        var e = store.find(tx, seq);
        String id = Ids.newId();
        String clipped = details == null || details.length() <= 4000 ? details : details.substring(0, 4000);
        AuditRecordPayload p = new AuditRecordPayload(id, actor.deviceId(), actor.userId(), action.audit().code(),
                e == null ? "sync_entry" : e.entityType(), e == null ? Long.toString(seq) : e.entityId(), reason,
                clipped, now);
        return new Change(Change.streamKey(EntityType.AUDIT, id), EntityType.AUDIT, id, ChangeAction.RECORD_AUDIT.name(),
                Payloads.toJson(p), Payloads.VERSION, null, actor.userId(), List.of(), true);
    }
}
