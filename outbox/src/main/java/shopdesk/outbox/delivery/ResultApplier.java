package shopdesk.outbox.delivery;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.CUSTOMER;
import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.SALE_RETURN;

import org.jooq.DSLContext;
import shopdesk.dal.bill.BillSyncState;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.outbox.holdings.BillResend;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.EntryResult;

/**
 * Writes what the server said onto the till's own rows, inside the transaction that marks the entry: the
 * bill's legal server number and time, entities' new versions, a bill's CONFLICT/FAILED sync state.
 * Writes go to the tables directly: nothing here is recorded to the queue again.
 */
public final class ResultApplier {
    private final java.util.function.Supplier<shopdesk.dal.change.ChangeRecorder> recorder;

    /** @param recorder queues a bill again when the server gave its legal number to another bill (see below) */
    public ResultApplier(java.util.function.Supplier<shopdesk.dal.change.ChangeRecorder> recorder) {
        this.recorder = recorder;
    }

    /**
     * A CREATE_BILL answered with a legal number that another bill of this till still holds: the server gave that
     * number away, so it lost the other bill (a restore). That bill is queued again and its number moved to its
     * history ({@link BillResend}). Returns whether a holder was found, so recording the answer can be tried again.
     */
    public boolean resolveNumberCollision(DSLContext tx, QueuedEntry e, EntryResult.Applied a, long now) {
        if (a == null || a.serverNumber() == null || !ChangeAction.CREATE_BILL.name().equals(e.action())) return false;
        String shopId = tx.select(BILL.SHOP_ID).from(BILL).where(BILL.ID.eq(e.entityId())).fetchOne(BILL.SHOP_ID);
        if (shopId == null) return false;
        return BillResend.resendStaleHolder(tx, recorder.get(), shopId, a.serverNumber(), e.entityId(), now) != null;
    }

    private void applied(DSLContext tx, QueuedEntry e, EntryResult.Applied a) {
        Long version = a == null ? null : a.version();
        switch (e.entityType()) {
            case EntityType.BILL -> {
                var u = tx.update(BILL).set(BILL.SYNC_STATE, BillSyncState.SYNCED.name());
                if (a != null && a.serverNumber() != null && ChangeAction.CREATE_BILL.name().equals(e.action())) {
                    u = u.set(BILL.SERVER_NUMBER, a.serverNumber()).set(BILL.SERVER_CREATED_AT, a.serverTimestamp())
                            .set(BILL.LEGAL_LABEL, a.legalLabel());
                }
                if (version != null) u = u.set(BILL.VERSION, version);
                u.where(BILL.ID.eq(e.entityId())).execute();
            }
            case EntityType.RETURN -> {
                var u = tx.update(SALE_RETURN).set(SALE_RETURN.SYNC_STATE, BillSyncState.SYNCED.name());
                if (a != null && a.serverNumber() != null) {
                    u = u.set(SALE_RETURN.SERVER_NUMBER, a.serverNumber()).set(SALE_RETURN.LEGAL_LABEL, a.legalLabel())
                            .set(SALE_RETURN.SERVER_CREATED_AT, a.serverTimestamp());
                }
                u.where(SALE_RETURN.ID.eq(e.entityId())).execute();
            }
            // Never lower a version: a later local edit (base = this version) may already sit above it.
            case EntityType.PRODUCT -> {
                if (version != null) {
                    tx.update(PRODUCT).set(PRODUCT.VERSION, version)
                            .where(PRODUCT.ID.eq(e.entityId())).and(PRODUCT.VERSION.lt(version)).execute();
                }
            }
            case EntityType.CUSTOMER -> {
                if (version != null) {
                    tx.update(CUSTOMER).set(CUSTOMER.VERSION, version)
                            .where(CUSTOMER.ID.eq(e.entityId())).and(CUSTOMER.VERSION.lt(version)).execute();
                }
            }
            default -> {
                // stock deltas carry no version: nothing to store
            }
        }
    }

    private static final JdbcStatement BILL_SYNCED = JdbcStatement.of(tx -> tx.update(BILL)
            .set(BILL.SYNC_STATE, JdbcStatement.param(BILL.SYNC_STATE)).set(BILL.SERVER_NUMBER, JdbcStatement.param(BILL.SERVER_NUMBER))
            .set(BILL.SERVER_CREATED_AT, JdbcStatement.param(BILL.SERVER_CREATED_AT)).set(BILL.VERSION, JdbcStatement.param(BILL.VERSION))
            .set(BILL.LEGAL_LABEL, JdbcStatement.param(BILL.LEGAL_LABEL))
            .where(BILL.ID.eq(JdbcStatement.param(BILL.ID))));

    /**
     * {@link #applied} for several entries at once: the common case, a CREATE_BILL answered with its server number
     * and version, goes out as one prepared statement executed as a batch ({@link shopdesk.dal.db.JdbcStatement}:
     * rendered once, not once per batch); anything else entry by entry.
     */
    public void applied(DSLContext tx, java.util.List<java.util.Map.Entry<QueuedEntry, EntryResult.Applied>> done) {
        java.util.List<java.util.Map.Entry<QueuedEntry, EntryResult.Applied>> bills = new java.util.ArrayList<>();
        for (java.util.Map.Entry<QueuedEntry, EntryResult.Applied> d : done) {
            QueuedEntry e = d.getKey();
            EntryResult.Applied a = d.getValue();
            if (EntityType.BILL.equals(e.entityType()) && ChangeAction.CREATE_BILL.name().equals(e.action()) && a != null
                    && a.serverNumber() != null && a.version() != null) {
                bills.add(d);
            } else {
                applied(tx, e, a);
            }
        }
        BILL_SYNCED.executeBatch(tx, bills, (v, d) -> v.set(BILL.SYNC_STATE, BillSyncState.SYNCED.name())
                .set(BILL.SERVER_NUMBER, d.getValue().serverNumber()).set(BILL.SERVER_CREATED_AT, d.getValue().serverTimestamp())
                .set(BILL.VERSION, d.getValue().version()).set(BILL.LEGAL_LABEL, d.getValue().legalLabel())
                .set(BILL.ID, d.getKey().entityId()));
    }

    public void conflicted(DSLContext tx, QueuedEntry e) {
        if (EntityType.BILL.equals(e.entityType())) {
            tx.update(BILL).set(BILL.SYNC_STATE, BillSyncState.CONFLICT.name()).where(BILL.ID.eq(e.entityId())).execute();
        }
        if (EntityType.RETURN.equals(e.entityType())) {
            tx.update(SALE_RETURN).set(SALE_RETURN.SYNC_STATE, BillSyncState.CONFLICT.name()).where(SALE_RETURN.ID.eq(e.entityId())).execute();
        }
    }

    public void failed(DSLContext tx, QueuedEntry e) {
        if (EntityType.BILL.equals(e.entityType())) {
            tx.update(BILL).set(BILL.SYNC_STATE, BillSyncState.FAILED.name()).where(BILL.ID.eq(e.entityId())).execute();
        }
        if (EntityType.RETURN.equals(e.entityType())) {
            tx.update(SALE_RETURN).set(SALE_RETURN.SYNC_STATE, BillSyncState.FAILED.name()).where(SALE_RETURN.ID.eq(e.entityId())).execute();
        }
    }
}
