package shopdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.testing.TestPostgres;
import shopdesk.faults.support.Cloud;
import shopdesk.faults.support.Ledger;

/**
 * kill -9 of the server's JVM, 20 times, while a till sells and pushes: no clean stop, so H2 gets no chance to
 * write what it still held in memory. Every bill the server acknowledged keeps its legal number (the till's
 * recorded number is the server's), numbers are gapless and none is reused, nothing is lost or doubled.
 */
class ServerKillNineTest {
    static final int KILLS = 20;
    @TempDir Path dir;

    @Test
    void anH2ServerKilledMidPushKeepsEveryBillItAcknowledged() throws Exception {
        Path file = dir.resolve("cloud");
        run("server kill -9 on H2", DatabaseConfig.h2(file, SchemaContext.CLOUD), "h2", file.toString());
    }

    @Test
    void aPostgresServerKilledMidPushKeepsEveryBillItAcknowledged() throws Exception {
        String url = TestPostgres.freshSchemaUrl();
        try {
            run("server kill -9 on PostgreSQL", DatabaseConfig.postgres(url, null, null, SchemaContext.CLOUD), "postgres", url);
        } finally {
            TestPostgres.dropSchemaOf(url);
        }
    }

    private void run(String scenario, DatabaseConfig database, String dialect, String url) throws Exception {
        Random random = new Random(31);
        int port = freePort();
        try (Cloud cloud = new Cloud(database)) {
            TillNode.Identity id = cloud.till("T1");
            cloud.stopServer(); // from here the server runs in a JVM of its own
            ChildJvm server = startServer(dialect, url, port);
            AtomicBoolean selling = new AtomicBoolean(true);
            try (TillNode till = new TillNode(dir.resolve("t1.db"), "http://127.0.0.1:" + port, id, Clock.systemUTC(), 3)) {
                till.connect(cloud.productIds, Duration.ofSeconds(60));
                till.outbox.start();
                Thread seller = new Thread(() -> {
                    while (selling.get()) {
                        till.sellRandom(cloud.productIds);
                        sleep(20);
                    }
                }, "seller");
                seller.start();
                int kills = 0;
                while (kills < KILLS) {
                    Thread.sleep(200 + random.nextInt(700));
                    server.kill();
                    kills++;
                    server = startServer(dialect, url, port);
                }
                Thread.sleep(500);
                selling.set(false);
                seller.join(10_000);
                server.kill();
                cloud.startServer(port);
                boolean drained = till.drain(Duration.ofSeconds(90));

                Ledger.Counts counts = Ledger.check(scenario, cloud, List.of(till.db), List.of(), kills, 0);
                long notKept = Ledger.acknowledgedNumbersNotKept(cloud, till.db);
                assertThat(notKept).as("acknowledged numbers the server no longer holds for their bill").isZero();
                assertThat(drained).as("the till delivered everything").isTrue();
                assertThat(counts.billsWritten()).as("bills sold").isGreaterThan(KILLS * 10L);
                assertThat(counts.clean()).as(counts.line()).isTrue();
            } finally {
                selling.set(false);
                server.kill();
            }
        }
    }

    private static ChildJvm startServer(String dialect, String url, int port) throws Exception {
        ChildJvm server = ChildJvm.start(ServerProcess.class, line -> {
            if (line.contains("Exception")) System.out.println("server: " + line);
        }, dialect, url, String.valueOf(port));
        assertThat(server.awaitLine("READY", 60, TimeUnit.SECONDS)).as("server process started").isTrue();
        return server;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
