package shopdesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_NUMBER;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.common.Actor;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.db.SqliteSynchronous;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.user.Role;
import shopdesk.outbox.cloud.InMemoryTokenStore;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.support.ResponseDroppingProxy;
import shopdesk.outbox.support.TestTill;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;

/**
 * Two tills (separate SQLite files, one shop, devices T1 and T2) each write 1,000 bills offline, then go online
 * against the real server over loopback: every bill reaches the server exactly once, the shop's legal numbers are
 * 1..2,000 with no gap, and every local bill carries its server number. Once directly, once through a proxy that
 * loses the answer to every third push after the server committed it.
 */
class EndToEndSyncTest {
    private static final Logger LOG = LoggerFactory.getLogger(EndToEndSyncTest.class);
    private static final int BILLS_PER_TILL = 1_000;
    @TempDir
    Path dir;
    private ServerApp server;
    private String shopId;
    private String userId;
    private final List<String> productIds = new ArrayList<>();
    private final List<Till> tills = new ArrayList<>();

    private record Till(String code, String deviceId, Database db, Outbox outbox, BillService bills, Actor cashier) {
    }

    @BeforeEach
    void startServer() throws Exception {
        // The cloud's durability is not under test here: an in-memory H2 keeps the run short.
        DatabaseConfig cloudDb = new DatabaseConfig(Dialect.H2, "jdbc:h2:mem:cloud-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "", 8, SqliteSynchronous.FULL, 10_000, SchemaContext.CLOUD);
        server = ServerApp.start(ServerConfig.forDatabase(cloudDb).withPasswordIterations(1_000));
        var admin = server.admin();
        shopId = admin.createShop("Corner Shop");
        userId = admin.createUser(shopId, "asha", "Asha", "pw123456", Role.CASHIER);
        for (int i = 0; i < 3; i++) {
            productIds.add(admin.createProduct(shopId, "SKU-" + i, null, "Product " + i, 1_000 + 250L * i, 500 * i, 100_000));
        }
    }

    @AfterEach
    void stop() {
        for (Till t : tills) TestTill.close(t.outbox(), t.db());
        if (server != null) server.stop();
    }

    @Test
    void twoTillsOfflineThenOnlineDeliverEveryBillExactlyOnceWithGaplessNumbers() throws Exception {
        runScenario(server.baseUrl(), null);
    }

    @Test
    void theSameWhenEveryThirdPushAnswerIsLostAfterTheServerCommitted() throws Exception {
        try (ResponseDroppingProxy proxy = new ResponseDroppingProxy(server.port(), 3)) {
            runScenario(proxy.url(), proxy);
            assertThat(proxy.dropped()).as("answers lost").isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void aTillThatCrashedBetweenSendAndMarkDoneReplaysWithoutDuplicates() throws Exception {
        Till t = till("T1", server.baseUrl());
        tills.add(t);
        t.outbox().cloud().login("asha", "pw123456", "T1");
        t.outbox().pullNow();
        for (int i = 0; i < 20; i++) {
            Product p = new ProductService(t.db(), t.outbox().recorder(), Clock.systemUTC()).findById(shopId, productIds.get(0)).orElseThrow();
            long total = BillCalculator.line(new BillCalculator.Line(1, p.unitPrice(), p.taxRateBp())).total();
            t.bills().create(t.cashier(), new BillDraft(null, List.of(new BillDraft.Line(p.id(), 1)),
                    List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, total)), null));
        }
        // The worker claims a batch and sends it; the server commits; the till dies before recording the answers.
        var claimed = t.outbox().store().claim(System.currentTimeMillis(), 50, t.outbox().config().leaseMs(), java.util.Set.of(), false);
        var wire = claimed.stream().map(e -> new shopdesk.protocol.PushEntry(e.requestId(), e.streamKey(), e.streamSeq(),
                e.entityType(), e.entityId(), e.action(), e.payloadVersion(),
                com.google.gson.JsonParser.parseString(e.payload()).getAsJsonObject(), e.baseVersion(), e.userId(), e.createdAt())).toList();
        assertThat(t.outbox().cloud().push(new shopdesk.protocol.PushRequest(t.deviceId(), wire)).status()).isEqualTo(200);
        assertThat(server.admin().lastBillNumber(shopId)).isEqualTo(20);
        t.outbox().close();

        // Restarted after the lease ran out (a clock 10 minutes on, instead of waiting).
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        Outbox restarted = Outbox.create(t.db(), t.outbox().config(), later, new Random(), new InMemoryTokenStore());
        tills.set(0, new Till(t.code(), t.deviceId(), t.db(), restarted, t.bills(), t.cashier()));
        restarted.cloud().login("asha", "pw123456", "T1");
        DrainResult r = restarted.drain(Duration.ofSeconds(60), DrainProgressListener.NONE);
        assertThat(r.sent()).isEqualTo(20);
        assertThat(server.admin().lastBillNumber(shopId)).as("the replay applied nothing twice").isEqualTo(20);
        assertThat(server.database().dsl().fetchCount(BILL, BILL.SHOP_ID.eq(shopId))).isEqualTo(20);
        var local = t.db().dsl().select(BILL.SERVER_NUMBER).from(BILL).orderBy(BILL.LOCAL_NUMBER).fetch(BILL.SERVER_NUMBER);
        assertThat(local).containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
    }

    private void runScenario(String url, ResponseDroppingProxy proxy) throws Exception {
        for (String code : List.of("T1", "T2")) tills.add(till(code, url));

        // online once to log in and pull the catalog, then offline for the day's trade
        for (Till t : tills) {
            t.outbox().cloud().login("asha", "pw123456", t.code());
            assertThat(t.outbox().pullNow().completed()).isTrue();
            assertThat(new ProductService(t.db(), t.outbox().recorder(), Clock.systemUTC()).findById(shopId, productIds.get(0))).isPresent();
        }
        long writeStart = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (Till t : tills) done.add(writers.submit(() -> writeBills(t)));
        for (Future<?> f : done) f.get();
        writers.shutdown();
        double writeSecs = (System.nanoTime() - writeStart) / 1e9;
        for (Till t : tills) assertThat(t.outbox().health().count(DeliveryState.PENDING)).isEqualTo(BILLS_PER_TILL);

        long syncStart = System.nanoTime();
        tills.forEach(t -> t.outbox().start());
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (tills.stream().anyMatch(t -> t.outbox().health().count(DeliveryState.DONE) < BILLS_PER_TILL)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not delivered in time: " + tills.stream().map(t -> t.outbox().health().counts()).toList());
            }
            Thread.sleep(50);
        }
        double syncSecs = (System.nanoTime() - syncStart) / 1e9;
        LOG.warn("E2E{}: wrote {} bills on 2 tills in {} s ({} bills/s); delivered in {} s ({} bills/s){}",
                proxy == null ? "" : " (every 3rd push answer lost)", 2 * BILLS_PER_TILL, round(writeSecs),
                Math.round(2 * BILLS_PER_TILL / writeSecs), round(syncSecs), Math.round(2 * BILLS_PER_TILL / syncSecs),
                proxy == null ? "" : "; pushes " + proxy.pushes() + ", answers dropped " + proxy.dropped());

        Database cloud = server.database();
        Map<String, Long> serverNumbers = new HashMap<>();
        cloud.dsl().select(BILL.ID, BILL_NUMBER.SERVER_NUMBER).from(BILL).leftJoin(BILL_NUMBER).on(BILL_NUMBER.BILL_ID.eq(BILL.ID))
                .where(BILL.SHOP_ID.eq(shopId)).fetch()
                .forEach(r -> serverNumbers.put(r.value1(), r.value2()));
        assertThat(serverNumbers).hasSize(2 * BILLS_PER_TILL);
        assertThat(serverNumbers.values()).doesNotContainNull().doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).isBetween(1L, 2L * BILLS_PER_TILL));
        assertThat(server.admin().lastBillNumber(shopId)).isEqualTo(2L * BILLS_PER_TILL);
        for (Till t : tills) {
            var local = t.db().dsl().select(BILL.ID, BILL.SERVER_NUMBER, BILL.SYNC_STATE).from(BILL).fetch();
            assertThat(local).hasSize(BILLS_PER_TILL);
            for (var r : local) {
                assertThat(r.value2()).as("local server number of %s", r.value1()).isEqualTo(serverNumbers.get(r.value1()));
                assertThat(r.value3()).isEqualTo("SYNCED");
            }
            assertThat(t.outbox().health().needsAttention()).isZero();
        }
        // stock converged: every product sold on both tills, as the server counts it
        long sold = tills.stream().mapToLong(t -> t.db().dsl().fetchCount(BILL)).sum();
        assertThat(sold).isEqualTo(2L * BILLS_PER_TILL);
    }

    private Till till(String code, String url) throws Exception {
        String deviceId = server.admin().createDevice(shopId, code, "Till " + code);
        TestTill opened = TestTill.open(dir, url, shopId, deviceId, code, c -> c.withPollIntervalMs(500));
        Database db = opened.db();
        Outbox outbox = opened.outbox();
        return new Till(code, deviceId, db, outbox, new BillService(db, outbox.recorder(), Clock.systemUTC()),
                new Actor(userId, Role.CASHIER, shopId, deviceId));
    }

    private void writeBills(Till t) {
        ProductService products = new ProductService(t.db(), t.outbox().recorder(), Clock.systemUTC());
        List<Product> catalog = productIds.stream().map(id -> products.findById(shopId, id).orElseThrow()).toList();
        Random r = new Random(t.code().hashCode());
        for (int i = 0; i < BILLS_PER_TILL; i++) {
            List<BillDraft.Line> lines = new ArrayList<>();
            List<BillCalculator.Line> priced = new ArrayList<>();
            for (Product p : catalog) {
                if (lines.isEmpty() || r.nextBoolean()) {
                    long q = 1 + r.nextInt(3);
                    lines.add(new BillDraft.Line(p.id(), q));
                    priced.add(new BillCalculator.Line(q, p.unitPrice(), p.taxRateBp()));
                }
            }
            long total = BillCalculator.totals(priced).total();
            t.bills().create(t.cashier(), new BillDraft(null, lines, List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, total)), null));
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
