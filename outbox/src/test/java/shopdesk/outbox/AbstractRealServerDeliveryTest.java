package shopdesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.SYNC_DELIVERY;
import static shopdesk.db.Tables.SYNC_QUEUE;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.bill.Bill;
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
import shopdesk.dal.shop.ShopSetup;
import shopdesk.dal.testing.MutableClock;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.dal.user.Role;
import shopdesk.outbox.cloud.InMemoryTokenStore;
import shopdesk.outbox.delivery.ReplayCycle;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.Tx;
import shopdesk.outbox.support.WriteBlocker;
import shopdesk.outbox.view.AttemptRecord;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;

/**
 * Answers of the real server that the till must survive, over real HTTP: one it cannot record (a legal number
 * already held by another local bill) and one that is too large (413). The till's database is the subclass's dialect.
 */
public abstract class AbstractRealServerDeliveryTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final int MAX_FAILURES = 4;
    /** Three one-line bills fit (about 840 characters each, with their sale terms and tax table); 20 lines do not. */
    private static final int LIMIT = 3_200;
    @TempDir
    Path dir;
    private ServerApp server;
    private Database db;
    private Outbox outbox;
    private BillService bills;
    private Actor cashier;
    private String shopId;
    private final List<Product> catalog = new ArrayList<>();

    protected abstract Dialect dialect();

    @AfterEach
    void stop() {
        if (outbox != null) outbox.close();
        TestDatabases.close(db);
        if (server != null) server.stop();
    }

    @Test
    void anAnswerTheTillCannotRecordCountsFailuresBacksOffAndIsParkedWithItsReason() {
        MutableClock clock = new MutableClock(T0);
        start(c -> c, clock, 1);
        Bill clashing = sell(1);
        Bill fine = sell(1);
        WriteBlocker.blockNumbering(db, dialect(), clashing.id());

        outbox.pushOnce();
        assertThat(state(fine)).as("the rest of the batch is recorded").isEqualTo(DeliveryState.DONE);
        assertThat(serverNumber(fine)).isEqualTo(2L);
        QueuedEntry e = entryOf(clashing);
        assertThat(e.state()).isEqualTo(DeliveryState.RETRY_WAIT);
        assertThat(e.failures()).isEqualTo(1);
        assertThat(e.lastError()).startsWith("The server's answer could not be saved on this till: ")
                .contains(WriteBlocker.MESSAGE);

        for (int attempt = 2; attempt <= MAX_FAILURES; attempt++) {
            assertThat(outbox.pushOnce().claimed()).as("backing off: nothing due before the wait").isZero();
            clock.advance(entryOf(clashing).nextAttemptAt() - clock.millis());
            assertThat(outbox.pushOnce().claimed()).isEqualTo(1);
        }
        e = entryOf(clashing);
        assertThat(e.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(e.failures()).isEqualTo(MAX_FAILURES);
        assertThat(e.lastError()).contains(WriteBlocker.MESSAGE);
        assertThat(attempts(e.seq())).extracting(AttemptRecord::outcome).containsOnly(shopdesk.outbox.queue.AttemptOutcome.UNRECORDABLE).hasSize(MAX_FAILURES);
        assertThat(db.dsl().select(BILL.SYNC_STATE).from(BILL).where(BILL.ID.eq(clashing.id())).fetchOne(BILL.SYNC_STATE))
                .isEqualTo("FAILED");
        assertThat(outbox.health().count(DeliveryState.FAILED)).as("the status bar's failed count").isEqualTo(1);
        clock.advance(3_600_000);
        assertThat(outbox.pushOnce().claimed()).as("parked: only a person moves it on").isZero();
    }

    @Test
    void theWorkerDoesNotSpinOnAnAnswerItCannotRecord() throws Exception {
        start(c -> c, Clock.systemUTC(), 1);
        Bill clashing = sell(1);
        WriteBlocker.blockNumbering(db, dialect(), clashing.id());
        outbox.start();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (entryOf(clashing).state() != DeliveryState.FAILED) {
            assertThat(System.nanoTime()).as("parked FAILED in time; attempts so far: %s", attempts(entryOf(clashing).seq()).size())
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(500); // the worker keeps running (pulling every 200 ms): a loop would add attempts now
        assertThat(attempts(entryOf(clashing).seq())).hasSize(MAX_FAILURES);
        assertThat(serverNumber(clashing)).isNull();
    }

    @Test
    void aLegalNumberTheServerGaveAwaySendsTheBillItLostAgain() {
        start(c -> c, new MutableClock(T0), 1);
        Bill lost = sellAndPretendTheServerLostIt(1);
        Bill clashing = sell(1);
        Bill fine = sell(1);

        outbox.pushOnce();
        assertThat(serverNumber(clashing)).as("the server's number wins").isEqualTo(1L);
        assertThat(serverNumber(fine)).isEqualTo(2L);
        assertThat(serverNumber(lost)).as("queued again, number handed back").isNull();
        assertThat(bills.earlierServerNumbers(lost.id())).containsExactly(1L);

        outbox.pushOnce();
        assertThat(serverNumber(lost)).isEqualTo(3L);
        assertThat(server.admin().lastBillNumber(shopId)).isEqualTo(3);
        assertThat(outbox.health().needsAttention()).isZero();
    }

    @Test
    void aBatchTooLargeForTheServerIsSplitAndOnlyABillTooLargeOnItsOwnIsParked() {
        // 20 lines: a bill's depends_on (one product stream each) holds about 22 at most
        start(c -> c.withMaxBodyBytes(LIMIT), new MutableClock(T0), 20);
        List<Bill> small = new ArrayList<>();
        for (int i = 0; i < 30; i++) small.add(sell(1));
        Bill huge = sell(catalog.size());
        for (int i = 0; i < 19; i++) small.add(sell(1));
        assertThat(entryOf(huge).payload().length()).as("too large on its own").isGreaterThan(LIMIT);
        assertThat(entryOf(small.get(0)).payload().length() * 3).as("a few fit").isLessThan(LIMIT - 500);

        ReplayCycle.Result r = outbox.pushOnce();
        assertThat(r.claimed()).isEqualTo(50);
        assertThat(r.delivered()).hasSize(49);
        assertThat(small).allSatisfy(b -> assertThat(state(b)).isEqualTo(DeliveryState.DONE));
        assertThat(small.stream().map(this::serverNumber).toList()).doesNotContainNull().doesNotHaveDuplicates();
        QueuedEntry e = entryOf(huge);
        assertThat(e.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(e.lastHttpStatus()).isEqualTo(413);
        assertThat(e.lastError()).startsWith("This bill is too large for the server to accept, even sent on its own")
                .contains(LIMIT + " bytes").contains("discard");
        assertThat(server.admin().lastBillNumber(shopId)).isEqualTo(49);
    }

    private void start(UnaryOperator<ServerConfig> server, Clock clock, int products) {
        DatabaseConfig cloudDb = new DatabaseConfig(Dialect.H2, "jdbc:h2:mem:cloud-" + java.util.UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "", 4, SqliteSynchronous.FULL, 10_000, SchemaContext.CLOUD);
        this.server = ServerApp.start(server.apply(ServerConfig.forDatabase(cloudDb).withPasswordIterations(1_000)));
        var admin = this.server.admin();
        shopId = admin.createShop("Corner Shop");
        String userId = admin.createUser(shopId, "asha", "Asha", "pw123456", Role.CASHIER);
        String deviceId = admin.createDevice(shopId, "T1", "Till 1");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            ids.add(admin.createProduct(shopId, "SKU-" + i, null, "Product number " + i, 1_000 + i, 500, 100_000));
        }
        db = TestDatabases.open(dialect(), SchemaContext.TILL, dir);
        new ShopSetup(db, clock).ensureShop(shopId, "Corner Shop");
        new ShopSetup(db, clock).ensureDevice(shopId, deviceId, "T1", "Till 1");
        OutboxConfig config = OutboxConfig.defaults(this.server.baseUrl(), shopId, deviceId)
                .withBackoff(20, 100, MAX_FAILURES).withTimeouts(2_000, 10_000, 30_000).withPollIntervalMs(200);
        outbox = Outbox.create(db, config, clock, new Random(42), new InMemoryTokenStore());
        outbox.cloud().login("asha", "pw123456", "T1");
        assertThat(outbox.pullNow().completed()).isTrue();
        ProductService productService = new ProductService(db, outbox.recorder(), clock);
        ids.forEach(id -> catalog.add(productService.findById(shopId, id).orElseThrow()));
        bills = new BillService(db, outbox.recorder(), clock);
        cashier = new Actor(userId, Role.CASHIER, shopId, deviceId);
    }

    /** A bill on as many lines as {@code lines}, one of each product. */
    private Bill sell(int lines) {
        List<BillDraft.Line> draft = new ArrayList<>();
        List<BillCalculator.Line> priced = new ArrayList<>();
        for (Product p : catalog.subList(0, lines)) {
            draft.add(new BillDraft.Line(p.id(), 1));
            priced.add(new BillCalculator.Line(1, p.unitPrice(), p.taxRateBp()));
        }
        long total = BillCalculator.totals(priced).total();
        return bills.create(cashier, new BillDraft(null, draft, List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, total)), null));
    }

    /** As if the server had answered APPLIED with this legal number and then lost the bill (issue 20). */
    private Bill sellAndPretendTheServerLostIt(long serverNumber) {
        Bill b = sell(1);
        long seq = entryOf(b).seq();
        db.dsl().update(SYNC_DELIVERY).set(SYNC_DELIVERY.STATE, DeliveryState.DONE.name()).where(SYNC_DELIVERY.SEQ.eq(seq)).execute();
        db.dsl().update(BILL).set(BILL.SERVER_NUMBER, serverNumber).set(BILL.SYNC_STATE, "SYNCED").where(BILL.ID.eq(b.id())).execute();
        return b;
    }

    private QueuedEntry entryOf(Bill b) {
        long seq = db.dsl().select(SYNC_QUEUE.SEQ).from(SYNC_QUEUE).where(SYNC_QUEUE.ENTITY_ID.eq(b.id())).fetchOne(SYNC_QUEUE.SEQ);
        return Tx.call(db, tx -> outbox.store().find(tx, seq));
    }

    private DeliveryState state(Bill b) {
        return entryOf(b).state();
    }

    private Long serverNumber(Bill b) {
        return db.dsl().select(BILL.SERVER_NUMBER).from(BILL).where(BILL.ID.eq(b.id())).fetchOne(BILL.SERVER_NUMBER);
    }

    private List<AttemptRecord> attempts(long seq) {
        return outbox.view().entry(seq).orElseThrow().attempts();
    }
}
