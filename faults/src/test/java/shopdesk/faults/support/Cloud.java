package shopdesk.faults.support;

import java.util.ArrayList;
import java.util.List;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.user.Role;
import shopdesk.faults.TillNode;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;

/** The cloud side of a scenario: a server on its database, one shop with a cashier and well-stocked products. */
public final class Cloud implements AutoCloseable {
    public static final long OPENING_STOCK = 1_000_000;
    public final DatabaseConfig database;
    public ServerApp server;
    public final String shopId;
    public final String userId;
    public final List<String> productIds = new ArrayList<>();

    public Cloud(DatabaseConfig database) {
        this.database = database;
        this.server = ServerApp.start(config(0));
        var admin = server.admin();
        shopId = admin.createShop("Fault Shop");
        userId = admin.createUser(shopId, "cara", "Cara", "pw123456", Role.CASHIER);
        for (int i = 0; i < 3; i++) {
            productIds.add(admin.createProduct(shopId, "F-" + i, null, "Fault product " + i, 500 + 175L * i, 500 * i, OPENING_STOCK));
        }
    }

    private ServerConfig config(int port) {
        return ServerConfig.forDatabase(database).withPort(port).withPasswordIterations(1_000);
    }

    public TillNode.Identity till(String code) {
        String deviceId = server.admin().createDevice(shopId, code, "Till " + code);
        return new TillNode.Identity(shopId, deviceId, code, userId, "cara", "pw123456");
    }

    /** Stops the server and starts a new one on the same port and database. */
    public void restart() {
        int port = server.port();
        server.stop();
        server = ServerApp.start(config(port));
    }

    /** Stops this JVM's server and closes its database, so that a server process of its own can take it over. */
    public void stopServer() {
        server.stop();
        server = null;
    }

    /** Starts a server in this JVM again, on the given port. */
    public void startServer(int port) {
        server = ServerApp.start(config(port));
    }

    public String url() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        if (server != null) server.stop();
    }
}
