package shopdesk.outbox.resolution;

import java.time.Clock;
import java.util.Set;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.change.Change;
import shopdesk.dal.common.Actor;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.returns.ReturnRows;
import shopdesk.dal.returns.ReturnService;
import shopdesk.dal.returns.SaleReturn;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.outbox.queue.Tx;
import shopdesk.outbox.view.SyncQueueView;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.payload.Payloads;

/**
 * A supervisor's choices for a return the cloud refused as more than was left on its bill (another till returned it
 * first): discard it (kept for audit as DISCARDED, restocked goods off the shelf again; the refund given must be
 * recovered or written off by the shop), or reduce it to what is left and send it again. Both need a reason and are
 * written to sync_resolution and the audit log with the change.
 */
public final class ReturnResolutions {
    private final Database db;
    private final SyncQueueStore store;
    private final Clock clock;
    private final Runnable afterChange;
    private final AuditLog audit;

    public ReturnResolutions(Database db, SyncQueueStore store, Clock clock, Runnable afterChange) {
        this.db = db;
        this.store = store;
        this.clock = clock;
        this.afterChange = afterChange;
        this.audit = new AuditLog(db, clock);
    }

    public void discard(Actor actor, long seq, String reason) {
        run(tx -> {
            RoleMatrix.require(actor, Resolution.DISCARD, ErrorText.ACTION_DISCARD_RETURN);
            QueuedEntry e = conflicted(tx, seq);
            long now = clock.millis();
            store.close(tx, seq, DeliveryState.DISCARDED, null, now);
            ReturnRepair.discard(tx, actor, e.entityId(), reason, now);
            ResolutionLog.write(audit, store, tx, actor, seq, ResolutionAction.DISCARD, reason, null, "return " + e.entityId() + " discarded", now);
            return null;
        }, reason);
    }

    /** Returns the replacement entry's seq, or null when nothing was left to return (the return is then discarded). */
    public Long reduceToWhatIsLeft(Actor actor, long seq, String reason) {
        return run(tx -> {
            RoleMatrix.require(actor, Resolution.REDUCE_RETURN, ErrorText.ACTION_REDUCE_RETURN);
            QueuedEntry e = conflicted(tx, seq);
            Conflict c = SyncQueueView.conflict(e.serverState());
            if (c == null || c.kind() != Conflict.Kind.RETURN || c.shortfalls() == null) {
                throw new InvalidStateException("serverState", ErrorText.NO_RETURN_CONFLICT, seq);
            }
            long now = clock.millis();
            SaleReturn r = ReturnRows.load(tx, e.entityId()).orElseThrow(() -> new NotFoundException(ErrorText.NOUN_RETURN, e.entityId()));
            var original = r.originalBillId() == null ? null : ReturnService.original(tx, r.originalBillId()).orElse(null);
            SaleReturn reduced = ReturnRepair.reduce(tx, actor, r, c.shortfalls(), original, now);
            if (reduced == null) {
                store.close(tx, seq, DeliveryState.DISCARDED, null, now);
                ReturnRepair.discard(tx, actor, r.id(), reason, now);
                ResolutionLog.write(audit, store, tx, actor, seq, ResolutionAction.REDUCE_RETURN, reason, null, "nothing left: discarded", now);
                return null;
            }
            long newSeq = store.append(tx, new Change(e.streamKey(), e.entityType(), e.entityId(), e.action(),
                    Payloads.toJson(reduced.payload()), Payloads.VERSION, null, actor.userId(), e.dependsOn()), now);
            store.close(tx, seq, DeliveryState.SUPERSEDED, newSeq, now);
            ResolutionLog.write(audit, store, tx, actor, seq, ResolutionAction.REDUCE_RETURN, reason, newSeq,
                    "refund " + r.total() + " -> " + reduced.total() + "; recover " + (r.total() - reduced.total()), now);
            return newSeq;
        }, reason);
    }

    private QueuedEntry conflicted(org.jooq.DSLContext tx, long seq) {
        QueuedEntry e = store.find(tx, seq);
        if (e == null) throw new NotFoundException(ErrorText.NOUN_SYNC_ENTRY, Long.toString(seq));
        if (!ChangeAction.CREATE_RETURN.name().equals(e.action())) {
            throw new InvalidStateException("action", ErrorText.ENTRY_NOT_RETURN, seq, e.action());
        }
        if (!Set.of(DeliveryState.CONFLICT, DeliveryState.FAILED).contains(e.state())) {
            throw new InvalidStateException("state", ErrorText.ENTRY_STATE, seq, e.state(), ErrorText.STATE_AS_RETURN);
        }
        return e;
    }

    private <T> T run(Database.TransactionalWork<T> work, String reason) {
        if (reason == null || reason.isBlank()) throw new ValidationException("reason", ErrorText.REASON_MISSING);
        if (reason.length() > 400) throw new ValidationException("reason", ErrorText.REASON_TOO_LONG);
        T result = Tx.call(db, work);
        afterChange.run();
        return result;
    }
}
