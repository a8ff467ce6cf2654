package shopdesk.outbox.holdings;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_NUMBER;
import static shopdesk.db.Tables.BILL_NUMBER_HISTORY;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.common.Actor;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.db.SqliteSynchronous;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.dal.user.Role;
import shopdesk.outbox.DrainProgressListener;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;
import shopdesk.outbox.cloud.InMemoryTokenStore;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;

/**
 * A cloud server on its H2 file is restored from a copy of that file taken 10 bills into the day, after the till
 * had delivered 25. The till's holdings check finds the 15 bills the server lost and sends them again: the server
 * then holds all of them once, with gapless legal numbers, the same totals as the till, and the till keeps each
 * re-sent bill's old number in its history. A second check sends nothing.
 */
class ServerRestoredFromBackupTest {
    @TempDir
    Path dir;
    private int port;
    private ServerApp server;
    private String shopId;
    private String productId;
    private Database tillDb;
    private Outbox outbox;
    private BillService bills;
    private Actor cashier;

    @BeforeEach
    void setUp() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        startServer();
        shopId = server.admin().createShop("Corner Shop");
        String userId = server.admin().createUser(shopId, "asha", "Asha", "pw123456", Role.CASHIER);
        productId = server.admin().createProduct(shopId, "SKU-1", null, "Tea", 1_250, 500, 100_000);
        String deviceId = server.admin().createDevice(shopId, "T1", "Till 1");
        tillDb = Database.open(DatabaseConfig.sqlite(dir.resolve("till.db"), SchemaContext.TILL)
                .withSynchronous(SqliteSynchronous.NORMAL));
        new ShopSetup(tillDb, Clock.systemUTC()).ensureShop(shopId, "Corner Shop");
        new ShopSetup(tillDb, Clock.systemUTC()).ensureDevice(shopId, deviceId, "T1", "Till 1");
        OutboxConfig config = OutboxConfig.defaults("http://127.0.0.1:" + port, shopId, deviceId)
                .withBackoff(10, 200, 1_000).withTimeouts(2_000, 10_000, 30_000);
        outbox = Outbox.create(tillDb, config, Clock.systemUTC(), new Random(), new InMemoryTokenStore());
        bills = new BillService(tillDb, outbox.recorder(), Clock.systemUTC());
        cashier = new Actor(userId, Role.CASHIER, shopId, deviceId);
        outbox.cloud().login("asha", "pw123456", "T1");
        assertThat(outbox.pullNow().completed()).isTrue();
    }

    @AfterEach
    void tearDown() {
        if (outbox != null) outbox.close();
        if (tillDb != null) tillDb.close();
        if (server != null) server.stop();
    }

    @Test
    void theTillPutsBackEveryBillTheRestoredServerLost() throws Exception {
        sellAndDeliver(10);
        server.stop();
        Path backup = dir.resolve("cloud-backup.mv.db");
        Files.copy(dir.resolve("cloud.mv.db"), backup);
        startServer();
        sellAndDeliver(15);
        assertThat(server.admin().lastBillNumber(shopId)).isEqualTo(25);

        server.stop();
        Files.copy(backup, dir.resolve("cloud.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        startServer();
        assertThat(server.admin().lastBillNumber(shopId)).as("the restored server").isEqualTo(10);
        loginAfterRestart();

        HoldingsCheck.Result found = outbox.checkHoldingsNow();
        assertThat(found.completed()).isTrue();
        assertThat(found.acknowledgedByTill()).isEqualTo(25);
        assertThat(found.heldByServer()).isEqualTo(10);
        assertThat(found.resent()).hasSize(15);
        assertThat(tillDb.dsl().fetchCount(BILL_NUMBER_HISTORY)).isEqualTo(15);
        assertThat(tillDb.dsl().select(BILL_NUMBER_HISTORY.SERVER_NUMBER).from(BILL_NUMBER_HISTORY)
                .fetch(BILL_NUMBER_HISTORY.SERVER_NUMBER)).containsExactlyInAnyOrderElementsOf(range(11, 25));
        drain();
        sellAndDeliver(2);

        Map<String, Long> serverNumbers = new HashMap<>();
        server.database().dsl().select(BILL.ID, BILL_NUMBER.SERVER_NUMBER).from(BILL).join(BILL_NUMBER)
                .on(BILL_NUMBER.BILL_ID.eq(BILL.ID)).where(BILL.SHOP_ID.eq(shopId)).fetch()
                .forEach(r -> serverNumbers.put(r.value1(), r.value2()));
        assertThat(serverNumbers).hasSize(27);
        assertThat(serverNumbers.values()).containsExactlyInAnyOrderElementsOf(range(1, 27));
        var local = tillDb.dsl().select(BILL.ID, BILL.SERVER_NUMBER, BILL.SYNC_STATE).from(BILL).fetch();
        assertThat(local).hasSize(27).allSatisfy(r -> {
            assertThat(r.value2()).as("legal number of %s", r.value1()).isEqualTo(serverNumbers.get(r.value1()));
            assertThat(r.value3()).isEqualTo("SYNCED");
        });
        assertThat(sumOfTotals(server.database())).isEqualTo(sumOfTotals(tillDb));
        String resentBill = found.resent().get(0);
        assertThat(bills.earlierServerNumbers(resentBill)).as("kept for the reprint").hasSize(1)
                .allSatisfy(n -> assertThat(n).isBetween(11L, 25L));

        assertThat(outbox.checkHoldingsNow().resent()).as("a second check").isEmpty();
        assertThat(outbox.health().needsAttention()).isZero();
    }

    /** The till's pooled connection to the old server process fails once ("no response"); a person would retry. */
    private void loginAfterRestart() {
        for (int i = 0; ; i++) {
            try {
                outbox.cloud().login("asha", "pw123456", "T1");
                return;
            } catch (RuntimeException e) {
                if (i == 2) throw e;
            }
        }
    }

    private void startServer() {
        server = ServerApp.start(ServerConfig.forH2(dir.resolve("cloud")).withPort(port).withPasswordIterations(1_000));
    }

    private void sellAndDeliver(int n) {
        Product p = new ProductService(tillDb, outbox.recorder(), Clock.systemUTC()).findById(shopId, productId).orElseThrow();
        long total = BillCalculator.line(new BillCalculator.Line(1, p.unitPrice(), p.taxRateBp())).total();
        for (int i = 0; i < n; i++) {
            bills.create(cashier, new BillDraft(null, List.of(new BillDraft.Line(p.id(), 1)),
                    List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, total)), null));
        }
        drain();
    }

    private void drain() {
        // the first send after a server restart may meet a pooled connection the old process closed ("broken
        // pipe"); the worker would retry after its backoff, the test drains again
        for (int i = 0; i < 5 && outbox.drain(Duration.ofSeconds(30), DrainProgressListener.NONE).remaining() > 0; i++) {
            continue;
        }
        assertThat(outbox.health().count(DeliveryState.PENDING) + outbox.health().count(DeliveryState.RETRY_WAIT))
                .as("undelivered; last error %s", outbox.health().lastError()).isZero();
    }

    private long sumOfTotals(Database db) {
        return db.dsl().select(BILL.TOTAL).from(BILL).where(BILL.SHOP_ID.eq(shopId)).fetch(BILL.TOTAL).stream()
                .mapToLong(Long::longValue).sum();
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }
}
