package shopdesk.outbox.resolution;

import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.STOCK;
import static shopdesk.db.Tables.STOCK_MOVEMENT;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.auth.ApprovalSigner;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.change.Change;
import shopdesk.dal.common.Actor;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.ValidationException;
import shopdesk.outbox.migration.PayloadMigrations;
import shopdesk.outbox.pull.HeldProducts;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.outbox.queue.Tx;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;

/**
 * Ways out for a product created offline that the server refused (its SKU or barcode is another till's): link it
 * to the server's product (bills and stock moves re-pointed and sent again), or rename it and send it again (a new
 * entry supersedes the refused one, which stays for the audit trail). Either way every paid bill reaches the server.
 */
public final class ProductRepair {
    /** An unsent entry that needs the product: a paid bill ({@code total} set) or a stock move ({@code delta}). */
    public record Dependant(long seq, String action, String entityId, String label, Long total, Long delta) {
        public boolean isBill() {
            return ChangeAction.CREATE_BILL.name().equals(action);
        }
    }

    private final Database db;
    private final SyncQueueStore store;
    private final PayloadMigrations migrations;
    private final Clock clock;
    private final Runnable afterChange;
    private final AuditLog audit;
    private final ApprovalSigner signer;
    private final BillRelink relink;

    public ProductRepair(Database db, SyncQueueStore store, PayloadMigrations migrations, Clock clock, Runnable afterChange,
                         ApprovalSigner signer) {
        this.db = db;
        this.store = store;
        this.migrations = migrations;
        this.clock = clock;
        this.afterChange = afterChange;
        this.audit = new AuditLog(db, clock);
        this.signer = signer;
        this.relink = new BillRelink(store, migrations, clock, audit, signer);
    }

    /** The bills and stock moves waiting for this product create; what a discard, link or rename acts on. */
    public List<Dependant> dependants(long seq) {
        DSLContext dsl = db.dsl();
        return ProductDependants.of(dsl, store, parkedCreate(dsl, seq).entityId());
    }

    /**
     * Makes the server's product with the same SKU (or barcode) this till's: bills and stock moves of the local
     * product are re-pointed to it and sent again; the local product is kept, hidden, for the audit trail.
     * Returns the server product's id.
     */
    public String linkToServerProduct(Actor actor, long seq, String reason) {
        return run(reason, tx -> {
            RoleMatrix.require(actor, Resolution.TAKE_THEIRS, ErrorText.ACTION_LINK_PRODUCT);
            QueuedEntry e = parkedCreate(tx, seq);
            String local = e.entityId();
            var row = tx.selectFrom(PRODUCT).where(PRODUCT.ID.eq(local)).fetchOne();
            long now = clock.millis();
            Optional<String> held = HeldProducts.withSku(tx, row.getSku());
            String target = held.or(() -> sameBarcode(tx, row.getShopId(), local, row.getBarcode())).orElseThrow(() ->
                    new InvalidStateException("product", ErrorText.SERVER_PRODUCT_NOT_HERE, row.getSku()));
            List<Dependant> deps = ProductDependants.of(tx, store, local);
            ProductDependants.hide(tx, local, now);
            if (held.isPresent()) {
                // a stand-in with the local fields until the next pull brings the server's record and level
                var copy = row.copy();
                copy.setId(target);
                copy.setVersion(0L);
                copy.setDeletedAt(null);
                tx.executeInsert(copy);
                HeldProducts.release(tx, target);
            }
            moveStock(tx, row.getShopId(), local, target);
            tx.update(BILL_ITEM).set(BILL_ITEM.PRODUCT_ID, target).where(BILL_ITEM.PRODUCT_ID.eq(local)).execute();
            tx.update(STOCK_MOVEMENT).set(STOCK_MOVEMENT.PRODUCT_ID, target).where(STOCK_MOVEMENT.PRODUCT_ID.eq(local)).execute();
            List<Long> dropped = new ArrayList<>();
            for (QueuedEntry o : store.openEntriesOfStream(tx, e.streamKey())) {
                store.close(tx, o.seq(), DeliveryState.DISCARDED, null, now);
                dropped.add(o.seq());
            }
            List<Long> resent = Requeue.streams(tx, store, migrations, signer, streamsOf(deps), Long.MAX_VALUE,
                    (o, payload) -> repoint(o, payload, local, target), now);
            ResolutionLog.write(audit, store, tx, actor, seq, ResolutionAction.LINK_PRODUCT, reason, null,
                    "linked product " + local + " to server product " + target + "; dropped " + dropped + ", re-sent " + resent, now);
            return target;
        });
    }

    /**
     * A bill the server refused for products it does not have (UNKNOWN_PRODUCT, e.g. their create was discarded):
     * each such line is re-pointed to the server's product with the same SKU (or barcode), the sold quantity moves
     * to it in local stock, and the bill is sent again. Returns the re-pointed products, local id to server id.
     */
    public Map<String, String> relinkBill(Actor actor, long seq, String reason) {
        return run(reason, tx -> relink.relink(tx, actor, seq, reason));
    }

    /** Gives the local product a new SKU (and barcode, when not null) and sends it again; returns the new entry's seq. */
    public long renameAndResend(Actor actor, long seq, String newSku, String newBarcode, String reason) {
        return run(reason, tx -> {
            RoleMatrix.require(actor, Resolution.FORCE_PUSH, ErrorText.ACTION_RENAME_PRODUCT);
            QueuedEntry e = parkedCreate(tx, seq);
            var row = tx.selectFrom(PRODUCT).where(PRODUCT.ID.eq(e.entityId())).fetchOne();
            String sku = newSku == null ? "" : newSku.strip();
            if (sku.isEmpty() || sku.length() > 64) throw new ValidationException("sku", ErrorText.NEW_SKU_LENGTH);
            if (tx.fetchExists(PRODUCT, PRODUCT.SHOP_ID.eq(row.getShopId()), PRODUCT.SKU.eq(sku), PRODUCT.ID.ne(row.getId()))
                    || HeldProducts.withSku(tx, sku).isPresent()) {
                throw new ValidationException("sku", ErrorText.SKU_TAKEN, sku);
            }
            String barcode = newBarcode == null ? row.getBarcode() : newBarcode.isBlank() ? null : newBarcode.strip();
            long now = clock.millis();
            String oldSku = row.getSku();
            tx.update(PRODUCT).set(PRODUCT.SKU, sku).set(PRODUCT.BARCODE, barcode).set(PRODUCT.UPDATED_AT, now)
                    .where(PRODUCT.ID.eq(row.getId())).execute();
            JsonObject payload = renamed(migrations.upgrade(e.action(), e.payloadVersion(), e.payload()), sku, barcode);
            long newSeq = store.append(tx, signer.sign(new Change(e.streamKey(), e.entityType(), e.entityId(), e.action(),
                    payload.toString(), migrations.current(), e.baseVersion(), actor.userId(), e.dependsOn()), now), now);
            store.close(tx, e.seq(), DeliveryState.SUPERSEDED, newSeq, now);
            Set<String> streams = new LinkedHashSet<>(List.of(e.streamKey()));
            streams.addAll(streamsOf(ProductDependants.of(tx, store, row.getId())));
            List<Long> resent = Requeue.streams(tx, store, migrations, signer, streams, newSeq, (o, p) -> Requeue.same(o,
                    EntityType.PRODUCT.equals(o.entityType()) ? renamed(p, sku, barcode) : p, migrations.current()), now);
            HeldProducts.withSku(tx, oldSku).ifPresent(id -> HeldProducts.release(tx, id));
            ResolutionLog.write(audit, store, tx, actor, seq, ResolutionAction.RENAME_AND_RESEND, reason, newSeq,
                    "SKU " + oldSku + " -> " + sku + "; re-sent " + resent, now);
            return newSeq;
        });
    }

    // ---- helpers ----

    private static Set<String> streamsOf(List<Dependant> deps) {
        Set<String> out = new LinkedHashSet<>();
        for (Dependant d : deps) {
            out.add(Change.streamKey(d.isBill() ? EntityType.BILL : EntityType.STOCK, d.entityId()));
        }
        return out;
    }

    /** The entry as sent for the server's product instead of the local one. */
    private Change repoint(QueuedEntry o, JsonObject payload, String from, String to) {
        List<String> deps = o.dependsOn().stream()
                .map(k -> k.equals(Change.streamKey(EntityType.PRODUCT, from)) ? Change.streamKey(EntityType.PRODUCT, to) : k)
                .toList();
        if (EntityType.STOCK.equals(o.entityType()) && from.equals(o.entityId())) {
            payload.addProperty("productId", to);
            return new Change(Change.streamKey(EntityType.STOCK, to), o.entityType(), to, o.action(), payload.toString(),
                    migrations.current(), o.baseVersion(), o.userId(), deps);
        }
        if (payload.has("items") && payload.get("items").isJsonArray()) {
            for (JsonElement i : payload.getAsJsonArray("items")) {
                JsonObject item = i.getAsJsonObject();
                if (from.equals(item.get("productId").getAsString())) item.addProperty("productId", to);
            }
        }
        return new Change(o.streamKey(), o.entityType(), o.entityId(), o.action(), payload.toString(), migrations.current(),
                o.baseVersion(), o.userId(), deps);
    }

    private static JsonObject renamed(JsonObject payload, String sku, String barcode) {
        payload.addProperty("sku", sku);
        payload.addProperty("barcode", barcode);
        return payload;
    }

    /** The local product's shown level (its unsent moves) joins the target's. */
    private static void moveStock(DSLContext tx, String shopId, String from, String to) {
        Long moved = tx.select(STOCK.QUANTITY).from(STOCK).where(STOCK.SHOP_ID.eq(shopId), STOCK.PRODUCT_ID.eq(from))
                .fetchOne(STOCK.QUANTITY);
        if (moved == null) return;
        if (tx.fetchExists(STOCK, STOCK.SHOP_ID.eq(shopId), STOCK.PRODUCT_ID.eq(to))) {
            tx.update(STOCK).set(STOCK.QUANTITY, STOCK.QUANTITY.plus(moved)).where(STOCK.SHOP_ID.eq(shopId), STOCK.PRODUCT_ID.eq(to))
                    .execute();
            tx.deleteFrom(STOCK).where(STOCK.SHOP_ID.eq(shopId), STOCK.PRODUCT_ID.eq(from)).execute();
        } else {
            tx.update(STOCK).set(STOCK.PRODUCT_ID, to).set(STOCK.SERVER_QUANTITY, (Long) null)
                    .where(STOCK.SHOP_ID.eq(shopId), STOCK.PRODUCT_ID.eq(from)).execute();
        }
    }

    static Optional<String> sameBarcode(DSLContext tx, String shopId, String self, String barcode) {
        if (barcode == null || barcode.isBlank()) return Optional.empty();
        return tx.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.SHOP_ID.eq(shopId), PRODUCT.BARCODE.eq(barcode),
                PRODUCT.ID.ne(self), PRODUCT.DELETED_AT.isNull()).orderBy(PRODUCT.CREATED_AT).limit(1).fetchOptional(PRODUCT.ID);
    }

    private QueuedEntry parkedCreate(DSLContext tx, long seq) {
        QueuedEntry e = store.find(tx, seq);
        if (e == null) throw new NotFoundException(ErrorText.NOUN_SYNC_ENTRY, Long.toString(seq));
        if (!ChangeAction.CREATE_PRODUCT.name().equals(e.action()) || !e.state().isParked()) {
            throw new InvalidStateException("state", ErrorText.ENTRY_NOT_REFUSED_PRODUCT, seq, e.action(),
                    e.state());
        }
        return e;
    }

    private <T> T run(String reason, Database.TransactionalWork<T> work) {
        if (reason == null || reason.isBlank()) throw new ValidationException("reason", ErrorText.REASON_MISSING);
        T result = Tx.call(db, work);
        afterChange.run();
        return result;
    }
}
