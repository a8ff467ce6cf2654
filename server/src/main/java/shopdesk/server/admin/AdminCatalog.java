package shopdesk.server.admin;

import static shopdesk.db.Tables.PRODUCT;

import com.google.gson.JsonObject;
import java.time.Clock;
import shopdesk.dal.common.Ids;
import shopdesk.dal.db.Database;
import shopdesk.dal.user.Role;
import shopdesk.db.tables.records.ProductRecord;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.MovementKind;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.ProductPayload;
import shopdesk.protocol.payload.StockDeltaPayload;
import shopdesk.server.auth.Principal;
import shopdesk.server.catalog.ProductApplier;
import shopdesk.server.push.Appliers;
import shopdesk.server.push.EntryRefused;
import shopdesk.server.push.PushBatch;
import shopdesk.server.sequence.ShopWriteLock;
import shopdesk.server.stock.StockApplier;
import shopdesk.server.stock.StockLedger;

/**
 * Products and stock changed at head office: each change runs the applier a pushed entry would (as the server
 * itself, under the shop's write lock), so the shop's change feed carries it to every till.
 */
final class AdminCatalog {
    private final Database db;
    private final Clock clock;

    AdminCatalog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    String createProduct(String shopId, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                         long initialStock) {
        String id = Ids.newId();
        ProductPayload p = new ProductPayload(id, sku, barcode, name, unitPrice, taxRateBp, 0, 1, false);
        asAdmin(shopId, "CREATE_PRODUCT", "product", id, p, null, (tx, ctx) -> {
            ProductApplier.create(tx, ctx);
            if (initialStock != 0) {
                StockLedger.add(tx, shopId, id, initialStock, ctx.now());
                StockLedger.movement(tx, Ids.newId(), shopId, id, initialStock, MovementKind.INITIAL, "opening stock",
                        null, null, ctx.now());
                StockLedger.publish(tx, ctx, id);
            }
            return null;
        });
        return id;
    }

    long updateProduct(String shopId, String productId, String name, long unitPrice, int taxRateBp) {
        ProductRecord current = db.dsl().selectFrom(PRODUCT).where(PRODUCT.ID.eq(productId), PRODUCT.SHOP_ID.eq(shopId)).fetchOne();
        if (current == null) throw new IllegalArgumentException("No product " + productId + " in shop " + shopId);
        ProductPayload p = new ProductPayload(productId, current.getSku(), current.getBarcode(), name, unitPrice, taxRateBp,
                current.getLowStockLevel(), current.getVersion() + 1, false);
        return asAdmin(shopId, "UPDATE_PRODUCT", "product", productId, p, current.getVersion(), ProductApplier::update).version();
    }

    long receiveStock(String shopId, String productId, long quantity) {
        StockDeltaPayload p = new StockDeltaPayload(Ids.newId(), productId, quantity, MovementKind.RECEIVE, "received (admin)");
        asAdmin(shopId, "RECEIVE_STOCK", "stock", productId, p, null, StockApplier::receive);
        return stockLevel(shopId, productId);
    }

    long stockLevel(String shopId, String productId) {
        return StockLedger.quantity(db.dsl(), shopId, productId);
    }

    /** Runs an applier as the server itself (no origin device), under the shop's write lock, in one transaction. */
    private Applied asAdmin(String shopId, String action, String entityType, String entityId, Object payload, Long baseVersion,
                            Appliers.Applier applier) {
        JsonObject json = Payloads.gson().toJsonTree(payload).getAsJsonObject();
        PushEntry entry = new PushEntry("admin-" + Ids.newId(), entityType + ":" + entityId, 1, entityType, entityId, action,
                Payloads.VERSION, json, baseVersion, null, clock.millis());
        Principal admin = new Principal(null, "server-admin", Role.ADMIN, shopId, null, null);
        try {
            return db.inTransaction(tx -> {
                ServerAdmin.requireShop(tx, shopId);
                ShopWriteLock.acquire(tx, shopId);
                return PushBatch.applyAlone(tx, admin, entry, clock.millis(), applier);
            });
        } catch (EntryRefused e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
