package shopdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.Discount;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.InMemoryChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.customer.CustomerDraft;
import shopdesk.dal.customer.CustomerService;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.money.CashRounding;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductDraft;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.dal.stock.StockService;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.dal.user.Role;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.server.testing.Api;

/**
 * The contract between till and server: the changes dal's own services record on a till (SQLite) are pushed
 * as they are and the server applies every one, ending with the same stock and a legal number for the bill.
 */
class TillRecordedChangesApplyTest {
    @TempDir
    Path dir;
    private ServerApp server;
    private Database till;

    @BeforeEach
    void start() {
        server = ServerApp.start(ServerConfig.forH2(dir.resolve("cloud")).withPasswordIterations(1000));
        till = TestDatabases.open(Dialect.SQLITE, SchemaContext.TILL, dir);
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        TestDatabases.close(till);
    }

    @Test
    void everyChangeATillRecordsAppliesOnTheServer() {
        var admin = server.admin();
        String shop = admin.createShop("Corner Shop");
        String device = admin.createDevice(shop, "T1", "Till 1");
        String supervisor = admin.createUser(shop, "sam", "Sam", "pw123456", Role.SUPERVISOR);
        ShopSetup setup = new ShopSetup(till, Clock.systemUTC());
        setup.ensureShop(shop, "Corner Shop");
        setup.ensureDevice(shop, device, "T1", "Till 1");

        InMemoryChangeRecorder recorder = new InMemoryChangeRecorder();
        till.addTransactionListener(recorder.listener());
        Actor actor = new Actor(supervisor, Role.SUPERVISOR, shop, device);
        ProductService products = new ProductService(till, recorder, Clock.systemUTC());
        StockService stock = new StockService(till, recorder, Clock.systemUTC());
        CustomerService customers = new CustomerService(till, recorder, Clock.systemUTC());
        BillService bills = new BillService(till, recorder, Clock.systemUTC());

        Product tea = products.create(actor, new ProductDraft("TEA", "890100", "Tea 250g", 12_000, 500, 2));
        Product soap = products.create(actor, new ProductDraft("SOAP", null, "Soap", 3_999, 1_800, 0));
        stock.receive(actor, tea.id(), 10, "delivery");
        stock.receive(actor, soap.id(), 5, "delivery");
        stock.adjust(actor, soap.id(), -1, "damaged");
        String customer = customers.create(actor, new CustomerDraft("Ravi", "9845000000", null)).id();
        products.update(actor, tea.id(), 1, new ProductDraft("TEA", "890100", "Tea 250 g", 12_500, 500, 2));
        long saleTotal = BillCalculator.totals(List.of(new BillCalculator.Line(3, 12_500, 500),
                new BillCalculator.Line(2, 3_999, 1_800))).total();
        Bill sale = bills.create(actor, new BillDraft(customer, List.of(new BillDraft.Line(tea.id(), 3), new BillDraft.Line(soap.id(), 2)),
                List.of(new BillDraft.PaymentDraft(PaymentMethod.CASH, saleTotal, 50_000, null)), null));
        long soapTotal = BillCalculator.totals(List.of(new BillCalculator.Line(1, 3_999, 1_800))).total();
        bills.create(actor, new BillDraft(null, List.of(new BillDraft.Line(soap.id(), 1)),
                List.of(BillDraft.PaymentDraft.exact(PaymentMethod.UPI, soapTotal)), null));
        // weighed and tax-inclusive, a line discount, a changed price, a bill discount and rounding to 0.05
        Product apples = products.create(actor, new ProductDraft("APPLE", null, "Apples", 12_000, 500, 0, true, true));
        stock.receive(actor, apples.id(), 5_000, "delivery");
        BillCalculator.Totals terms = BillCalculator.totals(List.of(
                new BillCalculator.Line(755, true, 12_000, 500, true, Discount.percent(500)),
                new BillCalculator.Line(1, false, 11_000, 500, false, null)), Discount.amount(300), new CashRounding(5));
        new BillService(till, recorder, Clock.systemUTC(), new SaleRules(new CashRounding(5), 1_000)).create(actor,
                new BillDraft(null, List.of(new BillDraft.Line(apples.id(), 755, null, null, Discount.percent(500)),
                        new BillDraft.Line(tea.id(), 1, 11_000L, "loyal customer", null)),
                        List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CARD, terms.total())), null, Discount.amount(300), null, null));
        bills.voidBill(actor, sale.id(), "wrong customer");

        List<Change> changes = recorder.changes();
        PushEntry[] entries = changes.stream().map(TillRecordedChangesApplyTest::entry).toArray(PushEntry[]::new);
        Api api = new Api(server.baseUrl());
        var login = api.loginOk("sam", "pw123456", "T1");
        List<EntryResult> results = api.pushOk(login.accessToken(), device, entries).results();

        assertThat(results).as(results.toString()).extracting(EntryResult::outcome).containsOnly(Outcome.APPLIED);
        assertThat(admin.stockLevel(shop, tea.id())).isEqualTo(stock.level(shop, tea.id()).orElseThrow().quantity()).isEqualTo(9);
        assertThat(admin.stockLevel(shop, apples.id())).isEqualTo(5_000 - 755);
        assertThat(admin.stockLevel(shop, soap.id())).isEqualTo(stock.level(shop, soap.id()).orElseThrow().quantity()).isEqualTo(3);
        assertThat(results.get(results.size() - 1).applied().serverNumber()).isEqualTo(1L); // the void keeps number 1
        assertThat(admin.lastBillNumber(shop)).isEqualTo(3);
    }

    private static PushEntry entry(Change c) {
        return new PushEntry(Ids.newId(), c.streamKey(), 1, c.entityType(), c.entityId(), c.action(), c.payloadVersion(),
                JsonParser.parseString(c.payloadJson()).getAsJsonObject(), c.baseVersion(), c.userId(), System.currentTimeMillis());
    }
}
