package shopdesk.outbox.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_NUMBER;
import static shopdesk.db.Tables.SALE_RETURN;
import static shopdesk.db.Tables.STOCK;
import static shopdesk.db.Tables.STORE_CREDIT;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import shopdesk.dal.returns.OriginalBill;
import shopdesk.dal.returns.ReturnDraft;
import shopdesk.dal.returns.ReturnService;
import shopdesk.dal.returns.ReturnStatus;
import shopdesk.dal.returns.SaleReturn;
import shopdesk.dal.returns.StoreCredit;
import shopdesk.dal.returns.StoreCreditService;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.dal.testing.TestPostgres;
import shopdesk.dal.user.Role;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.protocol.BillSeries;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;
import shopdesk.server.sequence.LegalSeries;

/**
 * Issue 23 end to end: two SQLite tills offline both take back the same bill's last unit over a real server. One
 * return is applied, the other is a RETURN conflict that a supervisor discards or reduces; afterwards stock and
 * takings (bills minus returns) agree on the tills and the server, and every legal series is gapless.
 */
public abstract class AbstractReturnConvergenceTest {
    @TempDir
    Path dir;
    private DatabaseConfig serverDb;
    private ServerApp server;
    private String shopId;
    private String productId;
    private String cashierId;
    private String supervisorId;
    private final List<Till> tills = new ArrayList<>();

    protected abstract Dialect dialect();

    record Till(String code, Database db, Outbox outbox, BillService bills, ReturnService returns, Actor cashier, Actor supervisor) {
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

    @Test
    void bothTillsReturnTheLastUnitOfflineOneIsAppliedTheOtherDiscarded() throws Exception {
        Till t1 = tills.get(0);
        Till t2 = tills.get(1);
        Bill sold = sell(t1, 1);
        drain(t1);
        String legal = t1.bills().legalLabel(sold.id());
        assertThat(legal).startsWith("INV/").endsWith("/000001");
        OriginalBill remote = t2.outbox().remoteBills().find(legal).orElseThrow(); // T2 asks while online

        // both offline now: nothing is sent until drained
        SaleReturn r1 = t1.returns().create(t1.cashier(), returnOne(sold.id(), null));
        SaleReturn r2 = t2.returns().create(t2.cashier(), returnOne(sold.id(), remote));
        drain(t1);
        t2.outbox().pushOnce();
        QueuedEntry refused = entry(t2, r2.id());
        assertThat(refused.state()).isEqualTo(DeliveryState.CONFLICT);
        assertThat(t1.returns().find(r1.id()).orElseThrow().legalLabel()).endsWith("/000001").startsWith("CN/");

        t2.outbox().returnResolutions().discard(t2.supervisor(), refused.seq(), "T1 took this unit back first");
        syncAll();
        assertThat(t2.returns().find(r2.id()).orElseThrow().status()).isEqualTo(ReturnStatus.DISCARDED);
        assertAllAgree();
    }

    @Test
    void aReturnOfMoreThanIsLeftIsReducedToWhatIsLeftAndSentAgain() throws Exception {
        Till t1 = tills.get(0);
        Till t2 = tills.get(1);
        Bill sold = sell(t1, 3);
        drain(t1);
        OriginalBill remote = t2.outbox().remoteBills().find(sold.localLabel()).orElseThrow();
        t1.returns().create(t1.cashier(), new ReturnDraft(sold.id(), "CASH", null, null,
                List.of(new ReturnDraft.Line(1, null, 2, true)), null));
        SaleReturn r2 = t2.returns().create(t2.cashier(), new ReturnDraft(sold.id(), "CARD", null, null,
                List.of(new ReturnDraft.Line(1, null, 2, true)), remote));
        drain(t1);
        t2.outbox().pushOnce();
        QueuedEntry refused = entry(t2, r2.id());
        assertThat(refused.state()).isEqualTo(DeliveryState.CONFLICT);

        Long again = t2.outbox().returnResolutions().reduceToWhatIsLeft(t2.supervisor(), refused.seq(), "one was left");
        assertThat(again).isNotNull();
        syncAll();
        SaleReturn reduced = t2.returns().find(r2.id()).orElseThrow();
        assertThat(reduced.items().get(0).quantity()).isEqualTo(1);
        assertThat(reduced.legalLabel()).endsWith("/000002");
        assertAllAgree();
    }

    @Test
    void anExchangesStoreCreditNoteWrittenOfflineReachesTheServerAfterItsReturn() throws Exception {
        Till t1 = tills.get(0);
        Bill sold = sell(t1, 2); // 21.00
        drain(t1);
        // offline: the exchange's return, the sale taking 10.50 of its credit, the note for the rest
        SaleReturn back = t1.returns().create(t1.cashier(), new ReturnDraft(sold.id(), "VOUCHER", null, null,
                List.of(new ReturnDraft.Line(1, null, 2, true)), null));
        Bill next = t1.bills().create(t1.cashier(), new BillDraft(null, List.of(new BillDraft.Line(productId, 1)),
                List.of(new BillDraft.PaymentDraft(PaymentMethod.VOUCHER, 1_050, 1_050, back.localLabel())), null));
        StoreCredit note = new StoreCreditService(t1.db(), t1.outbox().recorder(), Clock.systemUTC())
                .issue(t1.cashier(), back.total() - next.total(), back.id(), next.id());
        assertThat(note.localLabel()).isEqualTo("T1-C000001");

        syncAll();
        var row = server.database().dsl().selectFrom(STORE_CREDIT).where(STORE_CREDIT.ID.eq(note.id())).fetchOne();
        assertThat(row).as("the note on the server").isNotNull();
        assertThat(List.of(row.getAmount(), row.getReturnId(), row.getBillId(), row.getLocalLabel()))
                .isEqualTo(List.of(1_050L, back.id(), next.id(), "T1-C000001"));
        assertAllAgree();
    }

    @Test
    void twoOfflineTillsSpendingOneStoreCreditNoteGetTheSecondBillRefusedAndVoided() throws Exception {
        Till t1 = tills.get(0);
        Till t2 = tills.get(1);
        Bill sold = sell(t1, 2); // 21.00
        SaleReturn back = t1.returns().create(t1.cashier(), new ReturnDraft(sold.id(), "VOUCHER", null, null,
                List.of(new ReturnDraft.Line(1, null, 2, true)), null));
        StoreCredit note = new StoreCreditService(t1.db(), t1.outbox().recorder(), Clock.systemUTC())
                .issue(t1.cashier(), 1_050, back.id(), null); // one tea's worth
        syncAll();
        assertThat(t2.outbox().remoteBills().storeCredit("t1-c000001").orElseThrow().left()).isEqualTo(1_050); // T2 online

        // both offline: each till takes the whole note for a tea
        Bill first = t1.bills().create(t1.cashier(), paidWithNote(note.localLabel()));
        Bill second = t2.bills().create(t2.cashier(), paidWithNote(note.localLabel()));
        drain(t1);
        t2.outbox().pushOnce();
        QueuedEntry refused = t2.outbox().store().openEntriesOfStream(t2.db().dsl(), "bill:" + second.id()).get(0);
        assertThat(refused.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(refused.lastError()).contains("STORE_CREDIT_EXCEEDED");
        assertThat(t1.bills().legalLabel(first.id())).as("the first bill is on the server").isNotNull();

        t2.outbox().resolutions().voidBillAndRestore(t2.supervisor(), refused.seq(), "T1 took the note first");
        syncAll();
        var cloud = server.database().dsl();
        assertThat(cloud.select(BILL.STATUS).from(BILL).where(BILL.ID.eq(second.id())).fetchOne(BILL.STATUS)).isEqualTo("VOIDED");
        assertThat(shopdesk.dal.returns.NoteLedger.balance(cloud, shopId, note.localLabel()).orElseThrow().left()).isZero();
        assertAllAgree();
    }

    @Test
    void aBillPaidWithANoteTheServerDoesNotHaveYetWaitsForItsTillAndGoesThroughWithoutASupervisor() throws Exception {
        Till t1 = tills.get(0);
        Till t2 = tills.get(1);
        // T1 offline: a sale, its exchange's return and a note for one tea's worth, none of it sent
        Bill sold = sell(t1, 2); // 21.00
        SaleReturn back = t1.returns().create(t1.cashier(), new ReturnDraft(sold.id(), "VOUCHER", null, null,
                List.of(new ReturnDraft.Line(1, null, 2, true)), null));
        StoreCredit note = new StoreCreditService(t1.db(), t1.outbox().recorder(), Clock.systemUTC())
                .issue(t1.cashier(), 1_050, back.id(), null);
        // the customer pays at T2 with T1's note (T2 cannot check it: it takes the printed note), and T2 sells on
        Bill paid = t2.bills().create(t2.cashier(), paidWithNote(note.localLabel()));
        Bill cash = sell(t2, 1);

        t2.outbox().pushOnce(); // T2 reaches the server first
        QueuedEntry waiting = t2.outbox().store().openEntriesOfStream(t2.db().dsl(), "bill:" + paid.id()).get(0);
        assertThat(waiting.state()).isEqualTo(DeliveryState.RETRY_WAIT);
        assertThat(waiting.lastError()).contains("STORE_CREDIT_NOT_YET_KNOWN", "T1-C000001");
        assertThat(t2.bills().legalLabel(cash.id())).as("the cash sale behind it went through").isNotNull();
        assertThat(t2.outbox().health().needsAttention()).as("nothing for a supervisor").isZero();

        drain(t1); // T1 comes online: its note reaches the server
        syncAll(); // T2's next try (a drain sends waiting entries at once) takes the bill
        assertThat(t2.bills().legalLabel(paid.id())).as("the note's bill is on the server").isNotNull();
        assertThat(t2.db().dsl().selectCount().from(shopdesk.db.Tables.SYNC_RESOLUTION).fetchOne(0, int.class))
                .as("no supervisor acted").isZero();
        assertThat(shopdesk.dal.returns.NoteLedger.balance(server.database().dsl(), shopId, note.localLabel()).orElseThrow().left())
                .isZero();
        assertAllAgree();
    }

    @Test
    void aPaperNoteVouchedForByASupervisorAtT2WaitsForT1AndGoesThroughSigned() throws Exception {
        Till t1 = tills.get(0);
        Till t2 = tills.get(1);
        // earlier, online at T2: the supervisor's login left their account and an approval key there (as CloudAuth does)
        var ravi = t2.outbox().cloud().login("ravi", "pw123456", "T2");
        new shopdesk.dal.user.UserService(t2.db(), Clock.systemUTC(), new shopdesk.dal.user.PasswordHasher(1_000))
                .cacheFromServer(ravi.user().id(), shopId, "ravi", "Ravi", Role.SUPERVISOR, ravi.user().passwordHash());
        new shopdesk.dal.auth.ApprovalKeyring(t2.db(), t2.outbox().approvals()).keep(ravi.user().id(), ravi.approvalKey().keyId(),
                ravi.approvalKey().privateKey(), ravi.approvalKey().expiresAt(), "pw123456".toCharArray(), System.currentTimeMillis());
        // T1 offline: a sale, its exchange's return and note T1-C000001 for one tea's worth, none of it sent
        Bill sold = sell(t1, 2);
        SaleReturn back = t1.returns().create(t1.cashier(), new ReturnDraft(sold.id(), "VOUCHER", null, null,
                List.of(new ReturnDraft.Line(1, null, 2, true)), null));
        StoreCredit note = new StoreCreditService(t1.db(), t1.outbox().recorder(), Clock.systemUTC())
                .issue(t1.cashier(), 1_050, back.id(), null);
        // T2 cannot check T1's note: the supervisor looks at the paper note and vouches for it
        BillDraft draft = paidWithNote(note.localLabel());
        Bill paid = t2.bills().create(t2.cashier(), new BillDraft(draft.customerId(), draft.lines(), draft.payments(), null, null,
                null, null, supervisorId));

        t2.outbox().pushOnce(); // T2 reaches the server first
        QueuedEntry waiting = t2.outbox().store().openEntriesOfStream(t2.db().dsl(), "bill:" + paid.id()).get(0);
        assertThat(waiting.payload()).as("signed by the supervisor who vouched")
                .contains("\"noteApprovedBy\":\"" + supervisorId + "\"", "\"approval\":{\"userId\":\"" + supervisorId + "\"");
        assertThat(waiting.state()).isEqualTo(DeliveryState.RETRY_WAIT);
        assertThat(waiting.lastError()).contains("STORE_CREDIT_NOT_YET_KNOWN", "T1-C000001");
        assertThat(t2.outbox().health().needsAttention()).as("nothing for a supervisor").isZero();

        drain(t1); // T1 comes online: its note reaches the server
        syncAll();
        assertThat(t2.bills().legalLabel(paid.id())).as("the vouched bill is on the server").isNotNull();
        assertThat(t2.db().dsl().selectCount().from(shopdesk.db.Tables.SYNC_RESOLUTION).fetchOne(0, int.class))
                .as("no supervisor acted in the sync centre").isZero();
        assertThat(shopdesk.dal.returns.NoteLedger.balance(server.database().dsl(), shopId, note.localLabel()).orElseThrow().left())
                .isZero();
        assertAllAgree();
    }

    /** One tea (10.50) paid with the note. */
    private BillDraft paidWithNote(String label) {
        return new BillDraft(null, List.of(new BillDraft.Line(productId, 1)),
                List.of(new BillDraft.PaymentDraft(PaymentMethod.STORE_CREDIT, 1_050, 1_050, label)), null);
    }

    // ---- helpers ----

    private static ReturnDraft returnOne(String billId, OriginalBill remote) {
        return new ReturnDraft(billId, "CASH", null, null, List.of(new ReturnDraft.Line(1, null, 1, true)), remote);
    }

    private QueuedEntry entry(Till t, String returnId) {
        return t.outbox().store().openEntriesOfStream(t.db().dsl(), "return:" + returnId).get(0);
    }

    private Till till(String code) throws Exception {
        ConvergenceTills.Opened o = ConvergenceTills.open(server, shopId, dir, code);
        return new Till(code, o.db(), o.outbox(), new BillService(o.db(), o.outbox().recorder(), Clock.systemUTC()),
                new ReturnService(o.db(), o.outbox().recorder(), Clock.systemUTC()),
                new Actor(cashierId, Role.CASHIER, shopId, o.deviceId()), new Actor(supervisorId, Role.SUPERVISOR, shopId, o.deviceId()));
    }

    private Bill sell(Till t, long quantity) {
        long total = BillCalculator.line(new BillCalculator.Line(quantity, 1_000, 500)).total();
        return t.bills().create(t.cashier(), new BillDraft(null, List.of(new BillDraft.Line(productId, quantity)),
                List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, total)), null));
    }

    private static void drain(Till t) {
        ConvergenceTills.drain(t.outbox());
    }

    private void syncAll() {
        for (int round = 0; round < 2; round++) {
            for (Till t : tills) {
                drain(t);
                assertThat(t.outbox().pullNow().completed()).isTrue();
            }
        }
    }

    /** Bills minus completed returns, in minor units. */
    private static long takings(DSLContext dsl) {
        Long bills = dsl.select(DSL.sum(BILL.TOTAL)).from(BILL).where(BILL.STATUS.eq("COMPLETED")).fetchOne(0, Long.class);
        Long returns = dsl.select(DSL.sum(SALE_RETURN.TOTAL)).from(SALE_RETURN)
                .where(SALE_RETURN.STATUS.eq(ReturnStatus.COMPLETED.name())).fetchOne(0, Long.class);
        return (bills == null ? 0 : bills) - (returns == null ? 0 : returns);
    }

    private void assertAllAgree() {
        var cloud = server.database().dsl();
        long serverStock = server.admin().stockLevel(shopId, productId);
        long tillTakings = 0;
        for (Till t : tills) {
            assertThat(t.db().dsl().select(STOCK.QUANTITY).from(STOCK).where(STOCK.PRODUCT_ID.eq(productId)).fetchOne(STOCK.QUANTITY))
                    .as("stock on %s", t.code()).isEqualTo(serverStock);
            assertThat(t.outbox().health().undelivered() + t.outbox().health().needsAttention())
                    .as("entries left on %s", t.code()).isZero();
            tillTakings += takings(t.db().dsl());
            for (var r : t.db().dsl().selectFrom(SALE_RETURN).where(SALE_RETURN.STATUS.eq("COMPLETED")).fetch()) {
                var s = cloud.selectFrom(SALE_RETURN).where(SALE_RETURN.ID.eq(r.getId())).fetchOne();
                assertThat(s).as("return %s of %s on the server", r.getLocalLabel(), t.code()).isNotNull();
                assertThat(List.of(s.getTotal(), s.getLegalLabel())).isEqualTo(List.of(r.getTotal(), r.getLegalLabel()));
            }
        }
        assertThat(tillTakings).as("takings, tills vs server").isEqualTo(takings(cloud));
        int fy = cloud.select(SALE_RETURN.FISCAL_YEAR).from(SALE_RETURN).limit(1).fetchOne(SALE_RETURN.FISCAL_YEAR);
        assertThat(cloud.select(SALE_RETURN.SERVER_NUMBER).from(SALE_RETURN).orderBy(SALE_RETURN.SERVER_NUMBER)
                .fetch(SALE_RETURN.SERVER_NUMBER)).as("credit notes")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, LegalSeries.lastIssued(cloud, shopId, BillSeries.CREDIT_NOTE, fy)).boxed().toList());
        assertThat(cloud.select(BILL_NUMBER.SERIES_NUMBER).from(BILL_NUMBER).where(BILL_NUMBER.SERIES.eq("TAX_INVOICE"))
                .orderBy(BILL_NUMBER.SERIES_NUMBER).fetch(BILL_NUMBER.SERIES_NUMBER)).as("tax invoices")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, LegalSeries.lastIssued(cloud, shopId, BillSeries.TAX_INVOICE, fy)).boxed().toList());
    }
}
