package shopdesk.outbox.resolution;

import static shopdesk.db.Tables.BILL;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.auth.ApprovalSigner;
import shopdesk.dal.bill.BillSyncState;
import shopdesk.dal.change.Change;
import shopdesk.dal.common.Actor;
import shopdesk.outbox.migration.PayloadMigrations;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.VoidBillPayload;

/**
 * The choices for a bill the cloud refused or found short of stock, once {@link Resolutions} has checked the role,
 * the reason and that the entry is such a bill: void it and restore stock, reduce its quantities, or send it again
 * with a supervisor's override. Each appends the replacement entries and records the decision, in the caller's
 * transaction.
 */
final class BillResolutions {
    private final SyncQueueStore store;
    private final PayloadMigrations migrations;
    private final Clock clock;
    private final AuditLog audit;
    private final ApprovalSigner signer;

    BillResolutions(SyncQueueStore store, PayloadMigrations migrations, Clock clock, AuditLog audit, ApprovalSigner signer) {
        this.store = store;
        this.migrations = migrations;
        this.clock = clock;
        this.audit = audit;
        this.signer = signer;
    }

    /** Voids the bill here (stock back), sends it again with the override and then its void; the void's seq. */
    long voidAndRestore(DSLContext tx, Actor actor, QueuedEntry e, String reason) {
        long now = clock.millis();
        BillPayload bill = payload(e);
        BillRepair.voidAndRestore(tx, actor, e.entityId(), reason, BillSyncState.PENDING.name(), now);
        tx.update(BILL).set(BILL.OVERRIDE_USER_ID, actor.userId()).where(BILL.ID.eq(e.entityId())).execute();
        long createSeq = replace(tx, actor, e, Payloads.toJson(BillRepair.withOverride(bill, actor.userId())), now);
        long voidSeq = store.append(tx, signer.sign(new Change(e.streamKey(), e.entityType(), e.entityId(),
                ChangeAction.VOID_BILL.name(), Payloads.toJson(new VoidBillPayload(e.entityId(), reason, actor.userId())),
                migrations.current(), null, actor.userId(), List.of()), now), now);
        ResolutionLog.write(audit, store, tx, actor, e.seq(), ResolutionAction.VOID_BILL_AND_RESTORE, reason, createSeq,
                "bill " + e.entityId() + " sent with an override, then voided (entry " + voidSeq + ")", now);
        return voidSeq;
    }

    /** The bill with lower quantities ({@link BillRepair#reduce}) replaces the entry; the new seq. */
    long reduce(DSLContext tx, Actor actor, QueuedEntry e, Map<String, Long> newQuantities, String reason) {
        long now = clock.millis();
        BillPayload reduced = BillRepair.reduce(tx, actor, payload(e), newQuantities, reason, now);
        long newSeq = replace(tx, actor, e, Payloads.toJson(reduced), now);
        ResolutionLog.write(audit, store, tx, actor, e.seq(), ResolutionAction.REDUCE_QUANTITIES, reason, newSeq,
                newQuantities.toString(), now);
        return newSeq;
    }

    /** The bill sent again with the supervisor's stock override; the new seq. */
    long override(DSLContext tx, Actor supervisor, QueuedEntry e, String reason) {
        long now = clock.millis();
        BillPayload bill = payload(e);
        tx.update(BILL).set(BILL.OVERRIDE_USER_ID, supervisor.userId()).where(BILL.ID.eq(e.entityId())).execute();
        long newSeq = replace(tx, supervisor, e, Payloads.toJson(BillRepair.withOverride(bill, supervisor.userId())), now);
        ResolutionLog.write(audit, store, tx, supervisor, e.seq(), ResolutionAction.OVERRIDE_STOCK, reason, newSeq, null, now);
        return newSeq;
    }

    private BillPayload payload(QueuedEntry e) {
        return Payloads.gson().fromJson(migrations.upgrade(e.action(), e.payloadVersion(), e.payload()), BillPayload.class);
    }

    private long replace(DSLContext tx, Actor actor, QueuedEntry e, String payload, long now) {
        long newSeq = store.append(tx, signer.sign(new Change(e.streamKey(), e.entityType(), e.entityId(), e.action(), payload,
                migrations.current(), e.baseVersion(), actor.userId(), e.dependsOn()), now), now);
        store.close(tx, e.seq(), DeliveryState.SUPERSEDED, newSeq, now);
        setBillSync(tx, e.entityId(), BillSyncState.PENDING.name());
        return newSeq;
    }

    static void setBillSync(DSLContext tx, String billId, String state) {
        tx.update(BILL).set(BILL.SYNC_STATE, state).where(BILL.ID.eq(billId)).execute();
    }
}
