package shopdesk.outbox.resolution;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.auth.ApprovalSigner;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.auth.UnlockedApprovals;
import shopdesk.dal.bill.BillSyncState;
import shopdesk.dal.change.Change;
import shopdesk.dal.common.Actor;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.ValidationException;
import shopdesk.outbox.migration.PayloadMigrations;
import shopdesk.outbox.pull.EntityRefresh;
import shopdesk.outbox.pull.FeedApplier;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.outbox.queue.Tx;
import shopdesk.outbox.view.SyncQueueView;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntityType;

/**
 * What a person can do about an entry. Every decision is role-checked, needs a reason, never edits an entry
 * (it changes delivery state or appends a replacement), and is written to sync_resolution and the audit log
 * in the same transaction. Cashiers may retry waiting or conflicting entries; everything that drops, replaces
 * or overrides data needs a supervisor. What a refused or conflicting bill's choices do is {@link BillResolutions}'.
 */
public final class Resolutions {
    private final Database db;
    private final SyncQueueStore store;
    private final FeedApplier feed;
    private final PayloadMigrations migrations;
    private final Clock clock;
    private final Runnable afterChange;
    private final AuditLog audit;
    private final ApprovalSigner signer;
    private final BillResolutions bills;

    public Resolutions(Database db, SyncQueueStore store, FeedApplier feed, PayloadMigrations migrations, Clock clock,
                       Runnable afterChange) {
        this(db, store, feed, migrations, clock, afterChange, new ApprovalSigner(new UnlockedApprovals()));
    }

    /** {@code signer} adds the approving supervisor's signature to the entries a resolution appends. */
    public Resolutions(Database db, SyncQueueStore store, FeedApplier feed, PayloadMigrations migrations, Clock clock,
                       Runnable afterChange, ApprovalSigner signer) {
        this.signer = signer;
        this.db = db;
        this.store = store;
        this.feed = feed;
        this.migrations = migrations;
        this.clock = clock;
        this.afterChange = afterChange;
        this.audit = new AuditLog(db, clock);
        this.bills = new BillResolutions(store, migrations, clock, audit, signer);
    }

    /** Sends the entry again now (failure count reset). FAILED entries need a supervisor. */
    public void retryNow(Actor actor, long seq, String reason) {
        run(tx -> {
            QueuedEntry e = load(tx, seq);
            requireState(e, Set.of(DeliveryState.PENDING, DeliveryState.RETRY_WAIT, DeliveryState.CONFLICT, DeliveryState.FAILED), ErrorText.STATE_RETRIED);
            RoleMatrix.require(actor, e.state() == DeliveryState.FAILED ? Resolution.RETRY_FAILED : Resolution.RETRY, ErrorText.ACTION_RETRY_ENTRY);
            long now = clock.millis();
            store.makeDueNow(tx, seq, now);
            if (EntityType.BILL.equals(e.entityType())) BillResolutions.setBillSync(tx, e.entityId(), BillSyncState.PENDING.name());
            ResolutionLog.write(audit, store, tx, actor, seq, ResolutionAction.RETRY_NOW, reason, null, e.state().name(), now);
            return null;
        }, reason);
    }

    /**
     * Drops the entry: it will never be sent. A discarded bill stays on this till only (LOCAL_ONLY). A product or
     * customer with no other unsent edit goes back to the server's state: the one the conflict carries, or one
     * fetched on the next pull ({@link EntityRefresh}), because the feed has already moved past it.
     */
    public void discard(Actor actor, long seq, String reason) {
        run(tx -> {
            RoleMatrix.require(actor, Resolution.DISCARD, ErrorText.ACTION_DISCARD_ENTRY);
            QueuedEntry e = load(tx, seq);
            requireState(e, Set.of(DeliveryState.PENDING, DeliveryState.RETRY_WAIT, DeliveryState.CONFLICT, DeliveryState.FAILED), ErrorText.STATE_DISCARDED);
            long now = clock.millis();
            if (ChangeAction.CREATE_PRODUCT.name().equals(e.action())) ProductDependants.discardCreate(tx, store, audit, actor, e, reason, now);
            store.close(tx, seq, DeliveryState.DISCARDED, null, now);
            if (ChangeAction.CREATE_BILL.name().equals(e.action())) BillResolutions.setBillSync(tx, e.entityId(), BillSyncState.FAILED.name());
            if (ChangeAction.CREATE_RETURN.name().equals(e.action())) ReturnRepair.discard(tx, actor, e.entityId(), reason, now);
            if (EditableEntities.isEditable(e) && store.openEntriesOfStream(tx, e.streamKey()).isEmpty()) {
                EditableEntities.backToServerState(tx, feed, e, now);
            }
            ResolutionLog.write(audit, store, tx, actor, seq, ResolutionAction.DISCARD, reason, null, e.state().name(), now);
            return null;
        }, reason);
    }

    /**
     * Overwrites the cloud's newer product/customer with this till's latest state: appends a new entry against
     * the server's version that supersedes every open entry of the stream. Returns the new entry's seq.
     */
    public long forcePush(Actor actor, long seq, String reason) {
        return run(tx -> {
            RoleMatrix.require(actor, Resolution.FORCE_PUSH, ErrorText.ACTION_FORCE_PUSH);
            QueuedEntry e = load(tx, seq);
            Conflict c = versionConflict(e);
            List<QueuedEntry> open = openStream(tx, e);
            QueuedEntry latest = open.get(open.size() - 1);
            JsonObject payload = migrations.upgrade(latest.action(), latest.payloadVersion(), latest.payload());
            long newVersion = c.serverVersion() + 1;
            if (payload.has("version")) payload.addProperty("version", newVersion);
            long now = clock.millis();
            long newSeq = store.append(tx, signer.sign(new Change(e.streamKey(), e.entityType(), e.entityId(), latest.action(),
                    payload.toString(), migrations.current(), c.serverVersion(), actor.userId(), latest.dependsOn()), now), now);
            for (QueuedEntry o : open) store.close(tx, o.seq(), DeliveryState.SUPERSEDED, newSeq, now);
            EditableEntities.setVersion(tx, e, newVersion);
            ResolutionLog.write(audit, store, tx, actor, seq, ResolutionAction.FORCE_PUSH, reason, newSeq,
                    "superseded " + open.stream().map(QueuedEntry::seq).toList() + " against server version " + c.serverVersion(), now);
            return newSeq;
        }, reason);
    }

    /** Accepts the cloud's state of a product/customer: written locally, and the stream's open entries discarded. */
    public void takeTheirs(Actor actor, long seq, String reason) {
        run(tx -> {
            RoleMatrix.require(actor, Resolution.TAKE_THEIRS, ErrorText.ACTION_TAKE_THEIRS);
            QueuedEntry e = load(tx, seq);
            Conflict c = versionConflict(e);
            if (c.serverState() == null) throw new InvalidStateException("serverState", ErrorText.NO_SERVER_STATE);
            List<QueuedEntry> open = openStream(tx, e);
            long now = clock.millis();
            feed.upsert(tx, e.entityType(), c.serverState(), c.serverVersion(), now);
            for (QueuedEntry o : open) store.close(tx, o.seq(), DeliveryState.DISCARDED, null, now);
            ResolutionLog.write(audit, store, tx, actor, seq, ResolutionAction.TAKE_THEIRS, reason, null,
                    "discarded " + open.stream().map(QueuedEntry::seq).toList() + ", took server version " + c.serverVersion(), now);
            return null;
        }, reason);
    }

    /**
     * Stock conflict on a bill: void the bill here and put its stock back. A bill printed for a customer still
     * reaches the cloud with its legal number (voided invoices are reported too): it is sent again with this
     * supervisor's stock override, so it cannot be refused, then voided there, which puts the cloud's stock back.
     * Returns the seq of the void entry.
     */
    public long voidBillAndRestore(Actor actor, long seq, String reason) {
        return run(tx -> {
            RoleMatrix.require(actor, Resolution.VOID_CONFLICTING_BILL, ErrorText.ACTION_VOID_UNSYNCED);
            QueuedEntry e = parkedBill(tx, seq);
            openStream(tx, e);
            return bills.voidAndRestore(tx, actor, e, reason);
        }, reason);
    }

    /**
     * Stock conflict on a bill: lower the quantities of some products (0 removes the line). Totals are recomputed,
     * payments reduced to match (refund the difference), local stock restored; a replacement entry is queued.
     */
    public long reduceQuantities(Actor actor, long seq, Map<String, Long> newQuantities, String reason) {
        return run(tx -> {
            RoleMatrix.require(actor, Resolution.REDUCE_QUANTITIES, ErrorText.ACTION_REDUCE_QUANTITIES);
            if (newQuantities == null || newQuantities.isEmpty()) throw new ValidationException("quantities", ErrorText.QUANTITIES_MISSING);
            return bills.reduce(tx, actor, parkedBill(tx, seq), newQuantities, reason);
        }, reason);
    }

    /** Stock conflict on a bill: a supervisor approves selling beyond stock; the bill is sent again with the override. */
    public long overrideStock(Actor supervisor, long seq, String reason) {
        return run(tx -> {
            RoleMatrix.require(supervisor, Resolution.STOCK_OVERRIDE, ErrorText.ACTION_OVERRIDE_STOCK);
            return bills.override(tx, supervisor, parkedBill(tx, seq), reason);
        }, reason);
    }

    // ---- helpers ----

    private QueuedEntry parkedBill(DSLContext tx, long seq) {
        QueuedEntry e = load(tx, seq);
        if (!ChangeAction.CREATE_BILL.name().equals(e.action())) {
            throw new InvalidStateException("action", ErrorText.ENTRY_NOT_BILL, seq, e.action());
        }
        requireState(e, Set.of(DeliveryState.CONFLICT, DeliveryState.FAILED), ErrorText.STATE_AS_BILL);
        return e;
    }

    private static Conflict versionConflict(QueuedEntry e) {
        requireState(e, Set.of(DeliveryState.CONFLICT), ErrorText.STATE_AGAINST_CLOUD);
        if (!EntityType.PRODUCT.equals(e.entityType()) && !EntityType.CUSTOMER.equals(e.entityType())) {
            throw new InvalidStateException("entityType", ErrorText.ONLY_PRODUCT_CUSTOMER);
        }
        Conflict c = SyncQueueView.conflict(e.serverState());
        if (c == null || c.kind() != Conflict.Kind.VERSION || c.serverVersion() == null) {
            throw new InvalidStateException("serverState", ErrorText.NO_VERSION_CONFLICT, e.seq());
        }
        return c;
    }

    private List<QueuedEntry> openStream(DSLContext tx, QueuedEntry e) {
        List<QueuedEntry> open = store.openEntriesOfStream(tx, e.streamKey());
        if (open.stream().anyMatch(o -> o.state() == DeliveryState.IN_FLIGHT)) {
            throw new InvalidStateException("state", ErrorText.ENTRY_BEING_SENT, e.streamKey());
        }
        return open;
    }

    private QueuedEntry load(DSLContext tx, long seq) {
        QueuedEntry e = store.find(tx, seq);
        if (e == null) throw new NotFoundException(ErrorText.NOUN_SYNC_ENTRY, Long.toString(seq));
        return e;
    }

    private static void requireState(QueuedEntry e, Set<DeliveryState> allowed, ErrorText what) {
        if (!allowed.contains(e.state())) {
            throw new InvalidStateException("state", ErrorText.ENTRY_STATE, e.seq(), e.state(), what);
        }
    }

    private <T> T run(Database.TransactionalWork<T> work, String reason) {
        if (reason == null || reason.isBlank()) throw new ValidationException("reason", ErrorText.REASON_MISSING);
        if (reason.length() > 400) throw new ValidationException("reason", ErrorText.REASON_TOO_LONG);
        T result = Tx.call(db, work);
        afterChange.run();
        return result;
    }

}
