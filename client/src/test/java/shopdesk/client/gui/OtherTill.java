package shopdesk.client.gui;

import java.nio.file.Path;
import java.time.Clock;
import shopdesk.dal.common.Actor;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.product.ProductDraft;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.dal.user.Role;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;

/** A second till of the same shop, without windows: it changes a product on the cloud behind the first till's back. */
final class OtherTill implements AutoCloseable {
    private final Database db;
    private final Outbox outbox;
    private final ProductService products;
    private final Actor supervisor;

    OtherTill(Path dir, DemoCloud cloud) {
        db = TestDatabases.open(Dialect.SQLITE, SchemaContext.TILL, dir);
        new ShopSetup(db, Clock.systemUTC()).ensureShop(cloud.shopId, "Corner Shop");
        new ShopSetup(db, Clock.systemUTC()).ensureDevice(cloud.shopId, cloud.otherDeviceId, "T3", "Till 3");
        outbox = Outbox.create(db, OutboxConfig.defaults(cloud.url(), cloud.shopId, cloud.otherDeviceId), Clock.systemUTC());
        outbox.cloud().login("ravi", "ravi123", cloud.otherDeviceId);
        outbox.pullNow();
        products = new ProductService(db, outbox.recorder(), Clock.systemUTC());
        supervisor = new Actor(cloud.supervisorId, Role.SUPERVISOR, cloud.shopId, cloud.otherDeviceId);
    }

    void reprice(String productId, long newPrice) {
        var p = products.findById(supervisor.shopId(), productId).orElseThrow();
        products.update(supervisor, productId, p.version(), new ProductDraft(p.sku(), p.barcode(), p.name(), newPrice,
                p.taxRateBp(), p.lowStockLevel()));
        outbox.pushOnce();
    }

    @Override
    public void close() {
        outbox.close();
        TestDatabases.close(db);
    }
}
