package shopdesk.outbox.pull;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.CUSTOMER;
import static shopdesk.db.Tables.NUMBER_COUNTER;
import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.STOCK;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.bill.BillSyncState;
import shopdesk.dal.bill.CounterScope;
import shopdesk.dal.common.Text;
import shopdesk.outbox.queue.AttemptOutcome;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.FeedChange;
import shopdesk.protocol.Json;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.CustomerPayload;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.ProductPayload;
import shopdesk.protocol.payload.StockLevelPayload;

/**
 * Applies one page of the cloud's change feed to the till's tables directly (never through a recording
 * service, so nothing pulled is queued again). A pulled product or customer that this till has un-sent
 * edits of is not overwritten: the oldest un-sent entry becomes a CONFLICT with the server's state attached.
 */
public final class FeedApplier {
    private static final Logger LOG = LoggerFactory.getLogger(FeedApplier.class);
    private final SyncQueueStore store;
    private final String shopId;
    private final String deviceId;

    public FeedApplier(SyncQueueStore store, String shopId, String deviceId) {
        this.store = store;
        this.shopId = shopId;
        this.deviceId = deviceId;
    }

    /** Applies a page in the caller's transaction; returns how many changes touched a local row. */
    public int applyPage(DSLContext tx, List<FeedChange> changes, long now) {
        Map<String, Long> pendingStock = null;
        int applied = 0;
        for (FeedChange c : changes) {
            if (c == null || c.entityType() == null || c.payload() == null) continue;
            switch (c.entityType()) {
                case EntityType.PRODUCT -> applied += product(tx, c, now) ? 1 : 0;
                case EntityType.CUSTOMER -> applied += customer(tx, c, now) ? 1 : 0;
                case EntityType.STOCK -> {
                    if (pendingStock == null) pendingStock = PendingStock.compute(tx, store);
                    applied += stock(tx, c, pendingStock, now) ? 1 : 0;
                }
                case EntityType.BILL -> applied += bill(tx, c) ? 1 : 0;
                default -> LOG.debug("Ignoring feed change of type {}", c.entityType());
            }
        }
        return applied;
    }

    private boolean product(DSLContext tx, FeedChange c, long now) {
        ProductPayload p = Payloads.gson().fromJson(c.payload(), ProductPayload.class);
        long version = c.version() != null ? c.version() : p.version();
        if (keptLocally(tx, EntityType.PRODUCT, p.id(), version, c, now)) return false;
        Long local = tx.select(PRODUCT.VERSION).from(PRODUCT).where(PRODUCT.ID.eq(p.id())).fetchOne(PRODUCT.VERSION);
        if (local != null && local >= version) return false;
        upsertProduct(tx, p, version, now);
        return true;
    }

    /** Writes the server's state of a product or customer: take theirs, a discard, a refresh. */
    public void upsert(DSLContext tx, String entityType, JsonObject state, long version, long now) {
        switch (entityType) {
            case EntityType.PRODUCT -> upsertProduct(tx, Payloads.gson().fromJson(state, ProductPayload.class), version, now);
            case EntityType.CUSTOMER -> upsertCustomer(tx, Payloads.gson().fromJson(state, CustomerPayload.class), version, now);
            default -> throw new IllegalArgumentException("Only a product or customer has a server state to write, not "
                    + entityType);
        }
    }

    /** Writes the server's product state. */
    public void upsertProduct(DSLContext tx, ProductPayload p, long version, long now) {
        Long deletedAt = p.deleted() ? now : null;
        boolean exists = tx.fetchExists(PRODUCT, PRODUCT.ID.eq(p.id()));
        if (!exists && tx.fetchExists(PRODUCT, PRODUCT.SHOP_ID.eq(shopId).and(PRODUCT.SKU.eq(p.sku())))) {
            // Another local product holds this SKU (created offline here); its own push will be refused as a
            // duplicate and parked for a supervisor. Skipping keeps the rest of the feed flowing.
            LOG.warn("Pulled product {} not stored: SKU {} is taken by a local product", p.id(), p.sku());
            HeldProducts.remember(tx, p.id(), p.sku());
            return;
        }
        if (exists) {
            tx.update(PRODUCT).set(PRODUCT.SKU, p.sku()).set(PRODUCT.BARCODE, p.barcode()).set(PRODUCT.NAME, p.name())
                    .set(PRODUCT.NAME_SEARCH, search(p.name())).set(PRODUCT.UNIT_PRICE, p.unitPrice())
                    .set(PRODUCT.TAX_RATE_BP, p.taxRateBp()).set(PRODUCT.LOW_STOCK_LEVEL, p.lowStockLevel())
                    .set(PRODUCT.CATEGORY, p.category() == null ? PRODUCT.CATEGORY : org.jooq.impl.DSL.val(blankToNull(p.category())))
                    .set(PRODUCT.TAX_INCLUSIVE, p.taxInclusive()).set(PRODUCT.SOLD_BY_WEIGHT, p.soldByWeight())
                    .set(PRODUCT.IMAGE, p.image() == null ? PRODUCT.IMAGE : org.jooq.impl.DSL.val(blankToNull(p.image())))
                    .set(PRODUCT.VERSION, version).set(PRODUCT.DELETED_AT, deletedAt).set(PRODUCT.UPDATED_AT, now)
                    .where(PRODUCT.ID.eq(p.id())).execute();
        } else {
            tx.insertInto(PRODUCT).set(PRODUCT.ID, p.id()).set(PRODUCT.SHOP_ID, shopId).set(PRODUCT.SKU, p.sku())
                    .set(PRODUCT.BARCODE, p.barcode()).set(PRODUCT.NAME, p.name()).set(PRODUCT.NAME_SEARCH, search(p.name()))
                    .set(PRODUCT.UNIT_PRICE, p.unitPrice()).set(PRODUCT.TAX_RATE_BP, p.taxRateBp())
                    .set(PRODUCT.TAX_INCLUSIVE, p.taxInclusive()).set(PRODUCT.SOLD_BY_WEIGHT, p.soldByWeight())
                    .set(PRODUCT.LOW_STOCK_LEVEL, p.lowStockLevel()).set(PRODUCT.VERSION, version)
                    .set(PRODUCT.CATEGORY, blankToNull(p.category())).set(PRODUCT.IMAGE, blankToNull(p.image()))
                    .set(PRODUCT.DELETED_AT, deletedAt).set(PRODUCT.CREATED_AT, now).set(PRODUCT.UPDATED_AT, now)
                    .execute();
        }
    }

    /** A server state without a category or picture (an older server) keeps the till's; "" means none. */
    private static String blankToNull(String category) {
        return category == null || category.isBlank() ? null : category;
    }

    private boolean customer(DSLContext tx, FeedChange c, long now) {
        CustomerPayload p = Payloads.gson().fromJson(c.payload(), CustomerPayload.class);
        long version = c.version() != null ? c.version() : p.version();
        if (keptLocally(tx, EntityType.CUSTOMER, p.id(), version, c, now)) return false;
        Long local = tx.select(CUSTOMER.VERSION).from(CUSTOMER).where(CUSTOMER.ID.eq(p.id())).fetchOne(CUSTOMER.VERSION);
        if (local != null && local >= version) return false;
        upsertCustomer(tx, p, version, now);
        return true;
    }

    /** Writes the server's customer state (also used by "take theirs"). */
    public void upsertCustomer(DSLContext tx, CustomerPayload p, long version, long now) {
        if (tx.fetchExists(CUSTOMER, CUSTOMER.ID.eq(p.id()))) {
            tx.update(CUSTOMER).set(CUSTOMER.NAME, p.name()).set(CUSTOMER.NAME_SEARCH, search(p.name()))
                    .set(CUSTOMER.PHONE, p.phone()).set(CUSTOMER.EMAIL, p.email()).set(CUSTOMER.VERSION, version)
                    .set(CUSTOMER.UPDATED_AT, now).where(CUSTOMER.ID.eq(p.id())).execute();
        } else {
            tx.insertInto(CUSTOMER).set(CUSTOMER.ID, p.id()).set(CUSTOMER.SHOP_ID, shopId).set(CUSTOMER.NAME, p.name())
                    .set(CUSTOMER.NAME_SEARCH, search(p.name())).set(CUSTOMER.PHONE, p.phone()).set(CUSTOMER.EMAIL, p.email())
                    .set(CUSTOMER.VERSION, version).set(CUSTOMER.CREATED_AT, now).set(CUSTOMER.UPDATED_AT, now).execute();
        }
    }

    /**
     * True when this till has un-sent entries of the entity, so the pulled state must not overwrite the row.
     * If the server moved past the version those edits were based on (and the change is not our own echo), the
     * oldest waiting entry becomes a CONFLICT carrying the server state.
     */
    private boolean keptLocally(DSLContext tx, String type, String id, long version, FeedChange c, long now) {
        List<QueuedEntry> open = store.openEntriesOfStream(tx, type + ":" + id);
        if (open.isEmpty()) return false;
        QueuedEntry first = open.get(0);
        long base = first.baseVersion() == null ? 0 : first.baseVersion();
        boolean ownEcho = deviceId.equals(c.originDeviceId());
        if (ownEcho || version <= base) return true;
        String serverState = Json.gson().toJson(new Conflict(Conflict.Kind.VERSION,
                "Changed in the cloud (version " + version + ") while this till had un-sent edits of it",
                version, c.payload().deepCopy(), null));
        if (first.state() == DeliveryState.PENDING || first.state() == DeliveryState.RETRY_WAIT) {
            store.park(tx, first.seq(), DeliveryState.CONFLICT, "Changed in the cloud while edited here", null, serverState, null, now);
            store.logAttempt(tx, first.seq(), now, AttemptOutcome.PULL_CONFLICT, null, "Pulled version " + version + " over local base " + base);
        } else if (first.state() == DeliveryState.CONFLICT) {
            store.attachServerState(tx, first.seq(), serverState, now);
        }
        return true;
    }

    private boolean stock(DSLContext tx, FeedChange c, Map<String, Long> pending, long now) {
        StockLevelPayload s = Payloads.gson().fromJson(c.payload(), StockLevelPayload.class);
        return writeStock(tx, s, c.version() != null ? c.version() : s.version(), pending, now);
    }

    /** The server's stock level of a product fetched on its own (a held product whose SKU became free). */
    public void upsertStock(DSLContext tx, JsonObject state, long version, long now) {
        writeStock(tx, Payloads.gson().fromJson(state, StockLevelPayload.class), version, PendingStock.compute(tx, store), now);
    }

    private boolean writeStock(DSLContext tx, StockLevelPayload s, long version, Map<String, Long> pending, long now) {
        if (!tx.fetchExists(PRODUCT, PRODUCT.ID.eq(s.productId()))) return false;
        long local = s.quantity() + pending.getOrDefault(s.productId(), 0L);
        int n = tx.update(STOCK).set(STOCK.QUANTITY, local).set(STOCK.SERVER_QUANTITY, s.quantity())
                .set(STOCK.VERSION, version).set(STOCK.UPDATED_AT, now)
                .where(STOCK.SHOP_ID.eq(shopId)).and(STOCK.PRODUCT_ID.eq(s.productId())).execute();
        if (n == 0) {
            tx.insertInto(STOCK).set(STOCK.SHOP_ID, shopId).set(STOCK.PRODUCT_ID, s.productId()).set(STOCK.QUANTITY, local)
                    .set(STOCK.SERVER_QUANTITY, s.quantity()).set(STOCK.VERSION, version).set(STOCK.UPDATED_AT, now).execute();
        }
        return true;
    }

    /**
     * Recomputes every shown level as the last server level plus this till's undelivered moves. A replayed entry
     * (its first answer lost, or re-sent after a restore) changes nothing on the server and so brings no new feed
     * entry: without this, the moves subtracted while it was pending would stay subtracted.
     */
    public void reconcileStock(DSLContext tx, long now) {
        Map<String, Long> pending = PendingStock.compute(tx, store);
        for (var r : tx.select(STOCK.PRODUCT_ID, STOCK.QUANTITY, STOCK.SERVER_QUANTITY).from(STOCK)
                .where(STOCK.SHOP_ID.eq(shopId)).and(STOCK.SERVER_QUANTITY.isNotNull()).fetch()) {
            long shown = r.value3() + pending.getOrDefault(r.value1(), 0L);
            if (shown != r.value2()) {
                tx.update(STOCK).set(STOCK.QUANTITY, shown).set(STOCK.UPDATED_AT, now)
                        .where(STOCK.SHOP_ID.eq(shopId)).and(STOCK.PRODUCT_ID.eq(r.value1())).execute();
            }
        }
    }

    private boolean bill(DSLContext tx, FeedChange c) {
        JsonObject o = c.payload();
        BillPayload b = Payloads.gson().fromJson(o, BillPayload.class);
        if (b.id() == null || b.serverNumber() == null) return false;
        // Only this till's own bills, as the server says (origin = the pushing login's till), and never anyone
        // else's claim in the payload: another till's bill must not move this till's counter or fill its rows.
        if (!deviceId.equals(c.originDeviceId()) || !deviceId.equals(b.deviceId())) return false;
        if (b.localNumber() > 0) {
            // After a restore from backup or a torn WAL the device counter may be behind the bills the server
            // already holds from this till: move it past them, so no local number is handed out twice.
            tx.update(NUMBER_COUNTER).set(NUMBER_COUNTER.LAST_NUMBER, b.localNumber())
                    .where(NUMBER_COUNTER.SCOPE.eq(CounterScope.DEVICE.key(deviceId)))
                    .and(NUMBER_COUNTER.LAST_NUMBER.lt(b.localNumber())).execute();
        }
        // Our own bill whose push answer was lost: the feed tells its legal number and series label. Not when another
        // local bill holds that number (a server that lost bills gives their numbers again): the push reports that entry.
        String legalLabel = o.has("legalLabel") && o.get("legalLabel").isJsonPrimitive() ? o.get("legalLabel").getAsString() : null;
        var holder = BILL.as("holder");
        boolean numbered = tx.update(BILL).set(BILL.SERVER_NUMBER, b.serverNumber()).set(BILL.SERVER_CREATED_AT, c.at())
                .set(BILL.LEGAL_LABEL, legalLabel).set(BILL.SYNC_STATE, BillSyncState.SYNCED.name())
                .where(BILL.ID.eq(b.id())).and(BILL.SERVER_NUMBER.isNull())
                .andNotExists(tx.selectOne().from(holder).where(holder.SHOP_ID.eq(shopId))
                        .and(holder.SERVER_NUMBER.eq(b.serverNumber())))
                .execute() > 0;
        if (numbered || legalLabel == null) return numbered;
        // numbered already (an answer without the label, from a server before series): the label alone
        return tx.update(BILL).set(BILL.LEGAL_LABEL, legalLabel).where(BILL.ID.eq(b.id()))
                .and(BILL.SERVER_NUMBER.eq(b.serverNumber())).and(BILL.LEGAL_LABEL.isNull()).execute() > 0;
    }

    static String search(String name) {
        return Text.searchKey(name);
    }
}
