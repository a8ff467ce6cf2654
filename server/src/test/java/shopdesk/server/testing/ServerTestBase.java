package shopdesk.server.testing;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.testing.MutableClock;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.dal.testing.TestPostgres;
import shopdesk.dal.user.Role;
import shopdesk.protocol.TokenResponse;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;
import shopdesk.server.admin.ServerAdmin;

/**
 * One real server per test class on a random loopback port, on a fresh database of the subclass's dialect.
 * Tests stay independent by creating their own shop ({@link #newShop()}) rather than a database each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerTestBase {
    @TempDir
    static Path tempDir;

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    protected DatabaseConfig dbConfig;
    protected ServerApp server;
    protected Api api;
    protected ServerAdmin admin;

    protected abstract Dialect dialect();

    /** Lets a suite tighten limits (body size, batch size). */
    protected ServerConfig configure(ServerConfig config) {
        return config;
    }

    @BeforeAll
    void startServer() {
        dbConfig = TestDatabases.config(dialect(), SchemaContext.CLOUD, tempDir);
        server = ServerApp.start(configure(ServerConfig.forDatabase(dbConfig).withClock(clock).withPasswordIterations(1000)));
        api = new Api(server.baseUrl());
        admin = server.admin();
    }

    @AfterAll
    void stopServer() {
        if (server != null) server.stop();
        if (dbConfig != null && dialect() == Dialect.POSTGRES) TestPostgres.dropSchemaOf(dbConfig.url());
    }

    /** A shop with one till (T1), a cashier and a supervisor, both logged in on T1. */
    public record Shop(String id, String deviceId, String cashierId, String cashierName, String supervisorId,
                       String supervisorName, TokenResponse cashier, TokenResponse supervisor) {
    }

    protected static final String PASSWORD = "s3cret-pw";
    private static int shops;

    protected Shop newShop() {
        int n;
        synchronized (ServerTestBase.class) {
            n = ++shops;
        }
        String suffix = n + "-" + Long.toHexString(System.nanoTime());
        String shopId = admin.createShop("Shop " + suffix);
        String device = admin.createDevice(shopId, "T1", "Till 1");
        String cashierName = "cashier-" + suffix;
        String supervisorName = "super-" + suffix;
        String cashier = admin.createUser(shopId, cashierName, "Casey", PASSWORD, Role.CASHIER);
        String supervisor = admin.createUser(shopId, supervisorName, "Sam", PASSWORD, Role.SUPERVISOR);
        return new Shop(shopId, device, cashier, cashierName, supervisor, supervisorName,
                api.loginOk(cashierName, PASSWORD, device), api.loginOk(supervisorName, PASSWORD, device));
    }

    protected String product(Shop shop, String sku, long price, int taxBp, long stock) {
        return admin.createProduct(shop.id(), sku, null, "Product " + sku, price, taxBp, stock);
    }
}
