package shopdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.faults.support.Cloud;
import shopdesk.faults.support.Ledger;

/**
 * The server restarted in the middle of pushes, and PostgreSQL restarted under a running server: tills retry,
 * and every bill lands once.
 */
class ServerRestartTest {
    static final int RESTARTS = 20;
    @TempDir Path dir;

    @Test
    void serverRestartedMidPushLosesAndDuplicatesNothing() throws Exception {
        Random random = new Random(23);
        try (Cloud cloud = new Cloud(DatabaseConfig.h2(dir.resolve("cloud"), SchemaContext.CLOUD));
             TillNode till = new TillNode(dir.resolve("t1.db"), cloud.url(), cloud.till("T1"), Clock.systemUTC(), 1)) {
            till.connect(cloud.productIds, Duration.ofSeconds(60));
            till.outbox.start();
            for (int restart = 0; restart < RESTARTS; restart++) {
                for (int i = 0; i < 10; i++) till.sellRandom(cloud.productIds);
                Thread.sleep(random.nextInt(150));
                cloud.restart(); // whatever push is in flight dies with it
            }
            assertThat(till.drain(Duration.ofSeconds(90))).isTrue();
            Ledger.Counts counts = Ledger.check("server restarted mid-push", cloud, List.of(till.db), List.of(), RESTARTS, 0);
            assertThat(counts.clean()).as(counts.line()).isTrue();
        }
    }

    @Test
    void postgresRestartedUnderTheServerLosesAndDuplicatesNothing() throws Exception {
        Random random = new Random(29);
        Path data = dir.resolve("pgdata");
        Files.createDirectories(data);
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
        int port = pg.getPort();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database shopdesk");
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/shopdesk?user=postgres";
        try (Cloud cloud = new Cloud(DatabaseConfig.postgres(url, "postgres", null, SchemaContext.CLOUD));
             TillNode till = new TillNode(dir.resolve("t1.db"), cloud.url(), cloud.till("T1"), Clock.systemUTC(), 1)) {
            till.connect(cloud.productIds, Duration.ofSeconds(60));
            till.outbox.start();
            for (int restart = 0; restart < RESTARTS; restart++) {
                for (int i = 0; i < 10; i++) till.sellRandom(cloud.productIds);
                Thread.sleep(random.nextInt(150));
                pg.close(); // fast shutdown: the server's connections die mid-transaction
                pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
            }
            assertThat(till.drain(Duration.ofSeconds(120))).isTrue();
            Ledger.Counts counts = Ledger.check("PostgreSQL restarted under the server", cloud, List.of(till.db), List.of(), RESTARTS, 0);
            assertThat(counts.clean()).as(counts.line()).isTrue();
        } finally {
            pg.close();
        }
    }
}
