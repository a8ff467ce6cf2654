package shopdesk.bench.drain;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import shopdesk.bench.till.TillShop;
import shopdesk.dal.bill.CounterScope;
import shopdesk.dal.bill.NumberCounter;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.product.Product;
import shopdesk.dal.user.Role;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;
import shopdesk.server.admin.ServerAdmin;

/**
 * The cloud side of a drain: one or more ShopDesk server instances on one database, with a shop, a cashier and
 * three products with plenty of stock, created through the server's admin API. Tills join with {@link #newDevice}.
 */
public final class CloudShop implements AutoCloseable {
    public static final String USERNAME = "cashier";
    public static final String PASSWORD = "secret1";

    private final List<ServerApp> servers;
    private final boolean ownsServers;
    private final Database db;
    public final String shopId;
    public final String userId;
    public final String username;
    public final List<Product> products;

    public CloudShop(DatabaseConfig database, int instances) {
        ServerConfig config = ServerConfig.forDatabase(database).withPasswordIterations(1000);
        servers = new ArrayList<>();
        ServerApp first = ServerApp.start(config);
        servers.add(first);
        for (int i = 1; i < instances; i++) servers.add(ServerApp.start(config));
        ownsServers = true;
        db = first.database();
        shopId = first.admin().createShop(TillShop.SHOP, "Bench Shop");
        username = USERNAME;
        userId = first.admin().createUser(shopId, username, "Bench Cashier", PASSWORD, Role.CASHIER);
        products = products(first.admin(), shopId);
    }

    /** Another shop (own counters, products and stock rows) on the same server instances. */
    private CloudShop(CloudShop on, int n) {
        servers = on.servers;
        ownsServers = false;
        db = on.db;
        ServerAdmin admin = servers.get(0).admin();
        shopId = admin.createShop(java.util.UUID.randomUUID().toString(), "Bench Shop " + n);
        username = USERNAME + n;
        userId = admin.createUser(shopId, username, "Bench Cashier " + n, PASSWORD, Role.CASHIER);
        products = products(admin, shopId);
    }

    /** A further shop served by the same instances; closing it stops nothing. */
    public CloudShop anotherShop(int n) {
        return new CloudShop(this, n);
    }

    private static List<Product> products(ServerAdmin admin, String shopId) {
        List<String> ids = new ArrayList<>();
        for (Product p : TillShop.benchProducts(List.of("a", "b", "c"), shopId)) {
            ids.add(admin.createProduct(shopId, p.sku(), p.barcode(), p.name(), p.unitPrice(), p.taxRateBp(),
                    TillShop.OPENING_STOCK));
        }
        return TillShop.benchProducts(ids, shopId);
    }

    public String newDevice(String code) {
        return servers.get(0).admin().createDevice(shopId, code, "Till " + code);
    }

    public String url(int instance) {
        return servers.get(instance % servers.size()).baseUrl();
    }

    public Database database() {
        return db;
    }

    public int billCount() {
        return db.dsl().fetchCount(shopdesk.db.Tables.BILL);
    }

    /** A plain-JDBC writer of bill transactions straight into the cloud database, on its own device counter. */
    public shopdesk.bench.billsave.PlainBillWriter plainWriter() throws java.sql.SQLException {
        String device = newDevice("B" + servers.size() + (System.nanoTime() % 1000));
        db.runInTransaction(tx -> NumberCounter.ensure(tx, CounterScope.DEVICE.key(device)));
        Connection c = db.dataSource().getConnection();
        TillShop shop = TillShop.of(db, new shopdesk.dal.common.Actor(userId, Role.CASHIER, shopId, device), products);
        return new shopdesk.bench.billsave.PlainBillWriter(c, db.dialect(), shop, false);
    }

    @Override
    public void close() {
        if (!ownsServers) return;
        for (int i = servers.size() - 1; i >= 0; i--) servers.get(i).stop();
    }

    static Clock clock() {
        return Clock.systemUTC();
    }
}
