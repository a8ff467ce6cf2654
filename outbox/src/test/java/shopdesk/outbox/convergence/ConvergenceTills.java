package shopdesk.outbox.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.db.SqliteSynchronous;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.outbox.DrainProgressListener;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;
import shopdesk.outbox.cloud.InMemoryTokenStore;
import shopdesk.server.ServerApp;

/** A SQLite till of a shop on a real server, for the convergence suites: its database and outbox, logged in. */
final class ConvergenceTills {
    private ConvergenceTills() {
    }

    record Opened(String deviceId, Database db, Outbox outbox) {
    }

    /**
     * Registers till {@code code} on the server, opens its database under {@code dir} and logs the cashier (asha) and
     * the supervisor (ravi) in once (the server then accepts what either did here), then pulls the shop's state.
     */
    static Opened open(ServerApp server, String shopId, Path dir, String code) throws Exception {
        String deviceId = server.admin().createDevice(shopId, code, "Till " + code);
        Files.createDirectories(dir.resolve(code));
        Database db = Database.open(DatabaseConfig.sqlite(dir.resolve(code).resolve("till.db"), SchemaContext.TILL)
                .withSynchronous(SqliteSynchronous.NORMAL));
        new ShopSetup(db, Clock.systemUTC()).ensureShop(shopId, "Corner Shop");
        new ShopSetup(db, Clock.systemUTC()).ensureDevice(shopId, deviceId, code, "Till " + code);
        OutboxConfig config = OutboxConfig.defaults(server.baseUrl(), shopId, deviceId)
                .withBackoff(10, 200, 1_000).withTimeouts(2_000, 10_000, 30_000);
        Outbox outbox = Outbox.create(db, config, Clock.systemUTC(), new Random(), new InMemoryTokenStore());
        outbox.cloud().login("asha", "pw123456", code);
        outbox.cloud().login("ravi", "pw123456", code);
        assertThat(outbox.pullNow().completed()).isTrue();
        return new Opened(deviceId, db, outbox);
    }

    static void drain(Outbox outbox) {
        outbox.drain(Duration.ofSeconds(30), DrainProgressListener.NONE);
    }
}
