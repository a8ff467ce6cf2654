package shopdesk.outbox.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.BILL_NUMBER;
import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.STOCK;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.stock.StockService;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.dal.testing.TestPostgres;
import shopdesk.dal.user.Role;
import shopdesk.outbox.DrainProgressListener;
import shopdesk.outbox.Outbox;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;

/**
 * Two tills (SQLite) and a real server on the subclass's database, with a product "TEA" (5 in stock) both tills
 * pulled. Each resolution path ends with {@link #assertAllAgree()}: the tills and the server hold the same products,
 * stock levels and bills, compared field by field, or the test fails (issue 21).
 */
public abstract class TwoTillsAndServer {
    @TempDir
    Path dir;
    DatabaseConfig serverDb;
    ServerApp server;
    String shopId;
    String productId;
    String cashierId;
    String supervisorId;
    final List<Till> tills = new ArrayList<>();

    protected abstract Dialect dialect();

    record Till(String code, Database db, Outbox outbox, ProductService products, BillService bills, StockService stock,
                Actor cashier, Actor supervisor) {
        Product product(String id) {
            return products.findById(cashier.shopId(), id).orElseThrow();
        }
    }

    @BeforeEach
    void start() throws Exception {
        serverDb = TestDatabases.config(dialect(), SchemaContext.CLOUD, dir.resolve("cloud"));
        server = ServerApp.start(ServerConfig.forDatabase(serverDb).withPasswordIterations(1_000));
        shopId = server.admin().createShop("Corner Shop");
        cashierId = server.admin().createUser(shopId, "asha", "Asha", "pw123456", Role.CASHIER);
        supervisorId = server.admin().createUser(shopId, "ravi", "Ravi", "pw123456", Role.SUPERVISOR);
        productId = server.admin().createProduct(shopId, "TEA", null, "Tea", 1_000, 500, 0);
        server.admin().receiveStock(shopId, productId, 5);
        for (String code : List.of("T1", "T2")) tills.add(till(code));
    }

    @AfterEach
    void stop() {
        for (Till t : tills) {
            t.outbox().close();
            t.db().close();
        }
        if (server != null) server.stop();
        if (dialect() == Dialect.POSTGRES && serverDb != null) TestPostgres.dropSchemaOf(serverDb.url());
    }

    // ---- helpers ----

    private Till till(String code) throws Exception {
        // the cashier and the supervisor log in on this till once (bills she rang up are then accepted; product
        // edits need a supervisor's token)
        ConvergenceTills.Opened o = ConvergenceTills.open(server, shopId, dir, code);
        Database db = o.db();
        Outbox outbox = o.outbox();
        String deviceId = o.deviceId();
        return new Till(code, db, outbox, new ProductService(db, outbox.recorder(), Clock.systemUTC()),
                new BillService(db, outbox.recorder(), Clock.systemUTC()), new StockService(db, outbox.recorder(), Clock.systemUTC()),
                new Actor(cashierId, Role.CASHIER, shopId, deviceId), new Actor(supervisorId, Role.SUPERVISOR, shopId, deviceId));
    }

    Bill sell(Till t, long quantity) {
        return sell(t, productId, quantity);
    }

    Bill sell(Till t, String productId, long quantity) {
        Product p = t.product(productId);
        long total = BillCalculator.line(new BillCalculator.Line(quantity, p.unitPrice(), p.taxRateBp())).total();
        return t.bills().create(t.cashier(), new BillDraft(null, List.of(new BillDraft.Line(productId, quantity)),
                List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, total)), null));
    }

    static void drain(Till t) {
        t.outbox().drain(Duration.ofSeconds(30), DrainProgressListener.NONE);
    }

    void syncAll() {
        for (int round = 0; round < 2; round++) {
            for (Till t : tills) {
                drain(t);
                assertThat(t.outbox().pullNow().completed()).isTrue();
            }
        }
    }

    /** Every till and the server hold the same products, stock levels and bills; nothing waits in a queue. */
    void assertAllAgree() {
        Map<String, List<Object>> serverProducts = products(server.database());
        Map<String, Long> serverStock = new TreeMap<>();
        for (String id : serverProducts.keySet()) serverStock.put(id, server.admin().stockLevel(shopId, id));
        Map<String, List<Object>> serverBills = bills(server.database(), true);
        for (Till t : tills) {
            assertThat(products(t.db())).as("products on %s", t.code()).isEqualTo(serverProducts);
            Map<String, Long> stock = new TreeMap<>();
            for (String id : serverProducts.keySet()) {
                stock.put(id, t.db().dsl().select(STOCK.QUANTITY).from(STOCK).where(STOCK.PRODUCT_ID.eq(id)).fetchOne(STOCK.QUANTITY));
            }
            assertThat(stock).as("stock on %s", t.code()).isEqualTo(serverStock);
            Map<String, List<Object>> local = bills(t.db(), false);
            assertThat(serverBills).as("bills of %s on the server", t.code()).containsAllEntriesOf(local);
            assertThat(t.outbox().health().undelivered() + t.outbox().health().needsAttention())
                    .as("entries left on %s", t.code()).isZero();
        }
    }

    /** Active products by id: what a till sells and the server knows. */
    private Map<String, List<Object>> products(Database db) {
        Map<String, List<Object>> out = new TreeMap<>();
        for (var p : db.dsl().selectFrom(PRODUCT).where(PRODUCT.SHOP_ID.eq(shopId)).and(PRODUCT.DELETED_AT.isNull()).fetch()) {
            out.put(p.getId(), Arrays.asList(p.getSku(), p.getBarcode(), p.getName(), p.getUnitPrice(), p.getTaxRateBp(),
                    p.getLowStockLevel(), p.getVersion()));
        }
        return out;
    }

    /** Bills by id: status, total, legal number and the products sold. */
    private Map<String, List<Object>> bills(Database db, boolean server) {
        Map<String, List<Object>> out = new TreeMap<>();
        var number = server ? BILL_NUMBER.SERVER_NUMBER : BILL.SERVER_NUMBER;
        var q = db.dsl().select(BILL.ID, BILL.STATUS, BILL.TOTAL, number).from(BILL);
        var rows = server ? q.join(BILL_NUMBER).on(BILL_NUMBER.BILL_ID.eq(BILL.ID)).where(BILL.SHOP_ID.eq(shopId)).fetch()
                : q.fetch();
        for (var b : rows) {
            List<String> items = db.dsl().select(BILL_ITEM.PRODUCT_ID).from(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(b.value1()))
                    .orderBy(BILL_ITEM.LINE_NO).fetch(BILL_ITEM.PRODUCT_ID);
            out.put(b.value1(), List.of(b.value2(), b.value3(), String.valueOf(b.value4()), items));
        }
        return out;
    }
}
