package shopdesk.outbox.support;

import static shopdesk.db.Tables.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductDraft;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.dal.stock.StockService;
import shopdesk.dal.testing.MutableClock;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.dal.user.Role;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;
import shopdesk.outbox.cloud.InMemoryTokenStore;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.Tx;

/**
 * A till database of the subclass's dialect with a shop, a device, a cashier, a supervisor and one product in
 * stock (as if pulled: nothing queued), an outbox pointed at an in-test cloud, and a hand-moved clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OutboxTestBase {
    protected static final long T0 = 1_700_000_000_000L;
    protected Path dir;
    protected Database db;
    protected MutableClock clock;
    protected StubCloud cloud;
    protected Outbox outbox;
    protected String shopId;
    protected String deviceId;
    protected Actor cashier;
    protected Actor supervisor;
    protected Product product;
    protected ProductService products;
    protected BillService bills;

    protected abstract Dialect dialect();

    @BeforeAll
    void openDatabase() throws java.io.IOException {
        dir = java.nio.file.Files.createTempDirectory("outbox-test");
        db = TestDatabases.open(dialect(), SchemaContext.TILL, dir);
    }

    @AfterAll
    void closeDatabase() {
        TestDatabases.close(db);
    }

    /** Every test starts from empty tables; migrating a fresh database per test would dominate the run time. */
    private void wipe() {
        db.runInTransaction(tx -> {
            for (Table<?> t : List.of(SYNC_ATTEMPT, SYNC_RESOLUTION, SYNC_DELIVERY, SYNC_QUEUE, SYNC_META, AUDIT_LOG,
                    PAYMENT, BILL_TAX, BILL_ITEM, BILL, HELD_SALE, STOCK_MOVEMENT, STOCK, CUSTOMER, PRODUCT, NUMBER_COUNTER, APP_USER, DEVICE, SHOP)) {
                tx.deleteFrom(t).execute();
            }
        });
    }

    @BeforeEach
    void openTill() throws Exception {
        wipe();
        clock = new MutableClock(T0);
        cloud = new StubCloud();
        shopId = Ids.newId();
        deviceId = Ids.newId();
        new ShopSetup(db, clock).ensureShop(shopId, "Corner Shop");
        new ShopSetup(db, clock).ensureDevice(shopId, deviceId, "T1", "Till 1");
        cashier = new Actor(Ids.newId(), Role.CASHIER, shopId, deviceId);
        supervisor = new Actor(Ids.newId(), Role.SUPERVISOR, shopId, deviceId);
        product = new ProductService(db, ChangeRecorder.NONE, clock)
                .create(supervisor, new ProductDraft("SKU-1", null, "Tea 500g", 25_000, 500, 0));
        db.runInTransaction(tx -> StockService.applyDelta(tx, shopId, product.id(), 100, T0));
        outbox = Outbox.create(db, config(cloud.url()), clock, new Random(42), new InMemoryTokenStore());
        products = new ProductService(db, outbox.recorder(), clock);
        bills = new BillService(db, outbox.recorder(), clock);
    }

    protected OutboxConfig config(String url) {
        return OutboxConfig.defaults(url, shopId, deviceId)
                .withBackoff(1_000, 60_000, 5)
                .withTimeouts(1_000, 3_000, 10_000);
    }

    /** Replaces the outbox (e.g. to point it at another peer). */
    protected void useOutbox(OutboxConfig config) {
        outbox.close();
        outbox = Outbox.create(db, config, clock, new Random(42), new InMemoryTokenStore());
        products = new ProductService(db, outbox.recorder(), clock);
        bills = new BillService(db, outbox.recorder(), clock);
    }

    @AfterEach
    void closeTill() {
        if (outbox != null) outbox.close();
        if (cloud != null) cloud.close();
    }

    protected Bill sell(String productId, long quantity) {
        return bills.create(cashier, new BillDraft(null, List.of(new BillDraft.Line(productId, quantity)),
                List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, price(productId, quantity))), null));
    }

    private long price(String productId, long quantity) {
        var p = products.findById(shopId, productId).orElseThrow();
        return shopdesk.dal.bill.BillCalculator.line(new shopdesk.dal.bill.BillCalculator.Line(quantity, p.unitPrice(), p.taxRateBp())).total();
    }

    /** A product created on this till (queued), with 100 in stock. */
    protected Product newProduct(String sku) {
        Product p = products.create(supervisor, new ProductDraft(sku, null, "Product " + sku, 1_000, 0, 0));
        db.runInTransaction(tx -> StockService.applyDelta(tx, shopId, p.id(), 100, T0));
        return p;
    }

    protected QueuedEntry entry(long seq) {
        return Tx.call(db, tx -> outbox.store().find(tx, seq));
    }

    protected DeliveryState state(long seq) {
        return entry(seq).state();
    }

    /** Every entry but the RECORD_AUDIT ones a resolution appends (see {@link #auditRecords()}). */
    protected List<QueuedEntry> all() {
        return everyEntry().stream().filter(e -> !"RECORD_AUDIT".equals(e.action())).toList();
    }

    /** The audit records resolutions queued for the server, oldest first. */
    protected List<QueuedEntry> auditRecords() {
        return everyEntry().stream().filter(e -> "RECORD_AUDIT".equals(e.action())).toList();
    }

    private List<QueuedEntry> everyEntry() {
        return Tx.call(db, tx -> outbox.store().load(tx, tx.select(shopdesk.db.Tables.SYNC_QUEUE.SEQ)
                .from(shopdesk.db.Tables.SYNC_QUEUE).fetch(shopdesk.db.Tables.SYNC_QUEUE.SEQ)));
    }

    protected long lastSeq() {
        return db.dsl().select(org.jooq.impl.DSL.max(shopdesk.db.Tables.SYNC_QUEUE.SEQ)).from(shopdesk.db.Tables.SYNC_QUEUE)
                .fetchOne(0, Long.class);
    }

    protected long stockOf(String productId) {
        return db.dsl().select(STOCK.QUANTITY).from(STOCK).where(STOCK.PRODUCT_ID.eq(productId)).fetchOne(STOCK.QUANTITY);
    }
}
