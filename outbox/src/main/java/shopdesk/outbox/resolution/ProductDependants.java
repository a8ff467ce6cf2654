package shopdesk.outbox.resolution;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.PRODUCT;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.change.Change;
import shopdesk.dal.common.Actor;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.outbox.pull.HeldProducts;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;

/** What waits for a product create the server refused, and what a discard of it does to them. */
final class ProductDependants {
    private static final List<String> ACTIONS = List.of(ChangeAction.CREATE_BILL.name(),
            ChangeAction.RECEIVE_STOCK.name(), ChangeAction.ADJUST_STOCK.name());

    private ProductDependants() {
    }

    /**
     * A discard of a product create: refused while a paid bill needs the product (it must reach the server); its
     * stock moves are discarded with it, and the local product is hidden so the server's product can take its SKU.
     */
    static void discardCreate(DSLContext tx, SyncQueueStore store, AuditLog audit, Actor actor, QueuedEntry e,
                              String reason, long now) {
        List<ProductRepair.Dependant> deps = of(tx, store, e.entityId());
        for (ProductRepair.Dependant d : deps) {
            if (d.isBill()) {
                throw new InvalidStateException("product", ErrorText.PRODUCT_SOLD_ON_BILL, d.label());
            }
        }
        for (ProductRepair.Dependant d : deps) {
            store.close(tx, d.seq(), DeliveryState.DISCARDED, null, now);
            ResolutionLog.write(audit, store, tx, actor, d.seq(), ResolutionAction.DISCARD, reason, null,
                    "with the product create " + e.seq(), now);
        }
        String sku = tx.select(PRODUCT.SKU).from(PRODUCT).where(PRODUCT.ID.eq(e.entityId())).fetchOne(PRODUCT.SKU);
        hide(tx, e.entityId(), now);
        if (sku != null) HeldProducts.withSku(tx, sku).ifPresent(id -> HeldProducts.release(tx, id));
    }

    static List<ProductRepair.Dependant> of(DSLContext tx, SyncQueueStore store, String productId) {
        String product = Change.streamKey(EntityType.PRODUCT, productId);
        String stock = Change.streamKey(EntityType.STOCK, productId);
        List<ProductRepair.Dependant> out = new ArrayList<>();
        for (QueuedEntry e : store.openEntriesOfActions(tx, ACTIONS)) {
            if (!e.streamKey().equals(stock) && !e.dependsOn().contains(product)) continue;
            if (ChangeAction.CREATE_BILL.name().equals(e.action())) {
                var b = tx.select(BILL.LOCAL_LABEL, BILL.TOTAL).from(BILL).where(BILL.ID.eq(e.entityId())).fetchOne();
                out.add(new ProductRepair.Dependant(e.seq(), e.action(), e.entityId(), b == null ? e.entityId() : b.value1(),
                        b == null ? null : b.value2(), null));
            } else {
                JsonObject p = JsonParser.parseString(e.payload()).getAsJsonObject();
                out.add(new ProductRepair.Dependant(e.seq(), e.action(), e.entityId(), e.action().equals(ChangeAction.RECEIVE_STOCK.name())
                        ? "Stock received" : "Stock adjusted", null, p.get("delta").getAsLong()));
            }
        }
        return out;
    }

    /** Frees the SKU (the server's product takes it) and hides the local product; the row stays for the audit trail. */
    static void hide(DSLContext tx, String productId, long now) {
        tx.update(PRODUCT).set(PRODUCT.SKU, "~" + productId).set(PRODUCT.BARCODE, (String) null)
                .set(PRODUCT.DELETED_AT, now).set(PRODUCT.UPDATED_AT, now).where(PRODUCT.ID.eq(productId)).execute();
    }
}
