package shopdesk.outbox.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.function.UnaryOperator;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.db.SqliteSynchronous;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;
import shopdesk.outbox.cloud.InMemoryTokenStore;

/**
 * A till of a test against a real server: its own SQLite file in {@code dir/code}, the shop and device set up,
 * an outbox with short backoffs. Synchronous NORMAL: power-cut durability is not what these tests measure.
 */
public record TestTill(Database db, Outbox outbox) {
    public static TestTill open(Path dir, String url, String shopId, String deviceId, String code,
                                UnaryOperator<OutboxConfig> tune) throws IOException {
        Files.createDirectories(dir.resolve(code));
        Database db = Database.open(DatabaseConfig.sqlite(dir.resolve(code).resolve("till.db"), SchemaContext.TILL)
                .withSynchronous(SqliteSynchronous.NORMAL));
        ShopSetup setup = new ShopSetup(db, Clock.systemUTC());
        setup.ensureShop(shopId, "Corner Shop");
        setup.ensureDevice(shopId, deviceId, code, "Till " + code);
        OutboxConfig config = tune.apply(OutboxConfig.defaults(url, shopId, deviceId)
                .withBackoff(10, 200, 1_000).withTimeouts(2_000, 10_000, 30_000));
        return new TestTill(db, Outbox.create(db, config, Clock.systemUTC(), new Random(), new InMemoryTokenStore()));
    }

    /** Stops the outbox, then closes the database. */
    public static void close(Outbox outbox, Database db) {
        outbox.close();
        db.close();
    }
}
