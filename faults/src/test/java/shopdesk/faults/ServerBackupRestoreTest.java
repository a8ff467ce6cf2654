package shopdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_NUMBER_HISTORY;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.testing.TestPostgres;
import shopdesk.faults.support.Cloud;
import shopdesk.faults.support.Ledger;
import shopdesk.faults.support.ServerBackup;

/**
 * Three tills sell and push to a real server; a backup of the server's database is taken while they push, they go on
 * selling, and the server is stopped and its database put back from the backup. The tills sell on while it is down
 * and after it is back, and their own holdings checks (the one after reconnecting) find what the server lost. In the
 * end the server holds every bill once, with gapless legal numbers and the tills' totals; each lost bill was sent
 * again exactly once, and each till keeps the number it had before for its receipt reprint.
 */
class ServerBackupRestoreTest {
    static final int TILLS = 3;
    static final int BEFORE_BACKUP = 30;
    static final int AFTER_BACKUP = 45;
    static final int WHILE_DOWN = 9;
    static final int AFTER_RESTORE = 15;
    @TempDir Path dir;

    @Test
    void anH2ServerRestoredFromABackupGetsEveryBillBackFromTheTills() throws Exception {
        run("server restored on H2", DatabaseConfig.h2(dir.resolve("cloud"), SchemaContext.CLOUD));
    }

    @Test
    void aPostgresServerRestoredFromABackupGetsEveryBillBackFromTheTills() throws Exception {
        String url = TestPostgres.freshSchemaUrl();
        try {
            run("server restored on PostgreSQL", DatabaseConfig.postgres(url, null, null, SchemaContext.CLOUD));
        } finally {
            TestPostgres.dropSchemaOf(url);
        }
    }

    private void run(String scenario, DatabaseConfig database) throws Exception {
        try (Cloud cloud = new Cloud(database)) {
            List<TillNode> tills = new ArrayList<>();
            try {
                for (int i = 1; i <= TILLS; i++) {
                    TillNode till = new TillNode(dir.resolve("t" + i + ".db"), cloud.url(), cloud.till("T" + i), Clock.systemUTC(), i);
                    tills.add(till);
                    till.connect(cloud.productIds, Duration.ofSeconds(60));
                    till.outbox.start();
                }
                sell(tills, cloud, BEFORE_BACKUP);
                ServerBackup backup = ServerBackup.take(cloud, dir); // while the tills' workers push
                sell(tills, cloud, AFTER_BACKUP);
                for (TillNode t : tills) assertThat(t.drain(Duration.ofSeconds(60))).isTrue();
                long heldBeforeRestore = serverBills(cloud);
                List<Map<String, Long>> numbersBefore = tills.stream().map(ServerBackupRestoreTest::legalNumbers).toList();

                int port = cloud.server.port();
                cloud.stopServer();
                backup.restore();
                sell(tills, cloud, WHILE_DOWN); // the tills find the server gone
                awaitOffline(tills);
                cloud.startServer(port);
                long lostByRestore = heldBeforeRestore - serverBills(cloud);
                assertThat(lostByRestore).as("bills the restore took from the server").isGreaterThanOrEqualTo(AFTER_BACKUP);
                sell(tills, cloud, AFTER_RESTORE); // numbered anew, some with numbers the tills hold for lost bills

                long sold = BEFORE_BACKUP + AFTER_BACKUP + WHILE_DOWN + AFTER_RESTORE;
                awaitServerBills(cloud, sold, Duration.ofSeconds(120)); // the tills' own checks put the lost ones back
                for (TillNode t : tills) assertThat(t.drain(Duration.ofSeconds(60))).isTrue();
                for (TillNode t : tills) {
                    assertThat(t.outbox.checkHoldingsNow().resent()).as("a further check re-sends nothing").isEmpty();
                }

                Ledger.Counts counts = Ledger.check(scenario, cloud, tills.stream().map(t -> t.db).toList(), List.of(), 1,
                        lostByRestore);
                long resent = 0;
                long renumbered = 0;
                for (int i = 0; i < TILLS; i++) {
                    TillNode t = tills.get(i);
                    Map<String, Long> history = earlierNumbers(t.db);
                    resent += history.size();
                    assertThat(Ledger.acknowledgedNumbersNotKept(cloud, t.db)).as("till %d holds the server's numbers", i + 1).isZero();
                    for (Map.Entry<String, Long> before : numbersBefore.get(i).entrySet()) {
                        Long now = legalNumbers(t).get(before.getKey());
                        if (before.getValue().equals(now)) continue;
                        renumbered++;
                        assertThat(t.bills.earlierServerNumbers(before.getKey())).as("the reprint of %s", before.getKey())
                                .containsExactly(before.getValue());
                    }
                }
                Ledger.report(String.format("%-28s lost by the restore=%d re-sent=%d renumbered=%d", scenario, lostByRestore,
                        resent, renumbered));
                assertThat(resent).as("each lost bill sent again once, and no other").isEqualTo(lostByRestore);
                assertThat(renumbered).as("bills whose legal number changed").isPositive();
                assertThat(counts.billsWritten()).isEqualTo(sold);
                assertThat(totals(cloud.server.database(), cloud.shopId)).as("sum of bill totals, server and tills")
                        .isEqualTo(tills.stream().mapToLong(t -> totals(t.db, cloud.shopId)).sum());
                assertThat(counts.clean()).as(counts.line()).isTrue();
            } finally {
                for (TillNode t : tills) t.close();
            }
        }
    }

    /** {@code n} bills, spread over the tills in turn. */
    private static void sell(List<TillNode> tills, Cloud cloud, int n) {
        for (int i = 0; i < n; i++) tills.get(i % tills.size()).sellRandom(cloud.productIds);
    }

    private static long serverBills(Cloud cloud) {
        return cloud.server.database().dsl().fetchCount(BILL, BILL.SHOP_ID.eq(cloud.shopId));
    }

    private static long totals(Database db, String shopId) {
        return db.dsl().select(BILL.TOTAL).from(BILL).where(BILL.SHOP_ID.eq(shopId)).fetch(BILL.TOTAL).stream()
                .mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> legalNumbers(TillNode till) {
        Map<String, Long> numbers = new HashMap<>();
        till.db.dsl().select(BILL.ID, BILL.SERVER_NUMBER).from(BILL).where(BILL.SERVER_NUMBER.isNotNull())
                .forEach(r -> numbers.put(r.value1(), r.value2()));
        return numbers;
    }

    /** Bill id to the number it had before; a bill sent again twice would appear twice and fail the put. */
    private static Map<String, Long> earlierNumbers(Database till) {
        Map<String, Long> earlier = new HashMap<>();
        till.dsl().select(BILL_NUMBER_HISTORY.BILL_ID, BILL_NUMBER_HISTORY.SERVER_NUMBER).from(BILL_NUMBER_HISTORY)
                .forEach(r -> assertThat(earlier.put(r.value1(), r.value2())).as("bill %s re-sent twice", r.value1()).isNull());
        return earlier;
    }

    /** Until every till's worker has met the stopped server (so its next success triggers a holdings check). */
    private static void awaitOffline(List<TillNode> tills) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (tills.stream().anyMatch(t -> t.outbox.health().online()) && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(tills).as("tills that noticed the server was down").noneMatch(t -> t.outbox.health().online());
    }

    private static void awaitServerBills(Cloud cloud, long expected, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (serverBills(cloud) < expected && System.nanoTime() < deadline) Thread.sleep(200);
        assertThat(serverBills(cloud)).as("bills on the server after the tills' checks").isEqualTo(expected);
    }
}
