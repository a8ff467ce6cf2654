package shopdesk.client.gui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.dal.user.Role;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;

/** A real cloud server on H2 on a random loopback port, with a shop, two tills, a cashier, a supervisor and products. */
public final class DemoCloud implements AutoCloseable {
    public final ServerApp server;
    public final String shopId;
    public final String deviceId;
    public final String otherDeviceId;
    public final String supervisorId;
    public final Map<String, String> productIds = new LinkedHashMap<>();

    public DemoCloud(Path dir) {
        server = ServerApp.start(ServerConfig.forDatabase(TestDatabases.config(Dialect.H2, SchemaContext.CLOUD, dir))
                .withPasswordIterations(1000));
        var admin = server.admin();
        shopId = admin.createShop("Corner Shop");
        deviceId = admin.createDevice(shopId, "T2", "Till 2");
        otherDeviceId = admin.createDevice(shopId, "T3", "Till 3");
        admin.createUser(shopId, "asha", "Asha", "asha123", Role.CASHIER);
        supervisorId = admin.createUser(shopId, "ravi", "Ravi", "ravi123", Role.SUPERVISOR);
        product(admin, "TEA-250", "8901000000011", "Assam tea 250 g", 12_000, 500, 10);
        product(admin, "SOAP-1", "8901000000028", "Neem soap", 3_500, 1800, 10);
        product(admin, "RICE-5", "8901000000035", "Basmati rice 5 kg", 55_000, 0, 10);
        product(admin, "DAL-1", "8901000000042", "Toor dal 1 kg", 16_500, 0, 10);
        product(admin, "GHEE-500", "8901000000059", "Cow ghee 500 ml", 32_000, 1200, 10);
    }

    private void product(shopdesk.server.admin.ServerAdmin admin, String sku, String barcode, String name, long price, int tax, long stock) {
        productIds.put(sku, admin.createProduct(shopId, sku, barcode, name, price, tax, stock));
    }

    public String url() {
        return server.baseUrl();
    }

    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void close() {
        server.stop();
    }
}
