package shopdesk.client.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.STORE_CREDIT;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.i18n.Messages;
import shopdesk.client.sale.PaymentMethod;
import shopdesk.client.sale.SaleOutcome;
import shopdesk.client.sale.SalePresenter;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.money.Money;
import shopdesk.dal.product.Product;
import shopdesk.dal.returns.ReturnService;
import shopdesk.dal.returns.StoreCreditService;
import shopdesk.dal.testing.TillFixture;
import shopdesk.dal.user.Role;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.StoreCreditPayload;

/** The Returns screen's logic over a real till database (SQLite), no display. */
class ReturnPresenterTest {
    @TempDir Path dir;
    TillFixture till;
    Bill bill;
    SessionHolder sessions = new SessionHolder();
    ReturnPresenter presenter;
    LocalReturns returns;

    @BeforeEach
    void open() {
        till = new TillFixture(Dialect.SQLITE, dir);
        Product tea = till.product("TEA", 12_000, 500, 10);   // 120.00 + 5%
        Product soap = till.product("SOAP", 3_500, 1800, 10); // 35.00 + 18%
        bill = new BillService(till.db, till.changes, till.clock).create(till.cashier, new BillDraft(null,
                List.of(new BillDraft.Line(tea.id(), 3), new BillDraft.Line(soap.id(), 1)),
                List.of(BillDraft.PaymentDraft.exact(shopdesk.dal.bill.PaymentMethod.CASH, 41_930)), null));
        sessions.start(new Session(till.cashier.userId(), "cash", "Cara", Role.CASHIER, TillFixture.SHOP, TillFixture.DEVICE, false));
        returns = new LocalReturns(new ReturnService(till.db, till.changes, till.clock), null, TillFixture.SHOP,
                new StoreCreditService(till.db, till.changes, till.clock), till.products(till.changes));
        presenter = new ReturnPresenter(returns, sessions);
    }

    @AfterEach
    void close() {
        till.close();
    }

    @Test
    void aScannedReceiptNumberShowsTheBillAndAPartialRefundIsItsShare() {
        assertThat(presenter.find("nope")).isFalse();
        assertThat(presenter.message()).isEqualTo("No bill nope found");
        assertThat(presenter.find(" t1-000001 ")).isTrue();
        assertThat(presenter.lines()).hasSize(2);
        assertThat(presenter.setQuantity(1, "4")).isFalse();
        assertThat(presenter.message()).isEqualTo("Between 0 and 3 of Product TEA can come back");
        assertThat(presenter.setQuantity(1, "1")).isTrue();
        presenter.setRestock(1, false);
        assertThat(presenter.refundTotal()).isEqualTo(12_600);
        presenter.setRefundMethod(PaymentMethod.CARD);
        var r = presenter.refund();
        assertThat(r).isNotNull();
        assertThat(r.refundMethod()).isEqualTo("CARD");
        assertThat(r.items()).singleElement().satisfies(i -> assertThat(i.restock()).isFalse());
        assertThat(presenter.message()).isEqualTo("Refund T1-R000001: 126.00 back by Card");
        assertThat(presenter.lines()).isEmpty();

        presenter.find("T1-000001");
        assertThat(presenter.lines().get(0).left()).isEqualTo(2);
        assertThat(presenter.refund()).isNull();
        assertThat(presenter.message()).isEqualTo("Choose at least one item to take back");
    }

    @Test
    void anExchangeGivesCreditThatTheNextSalePaysWithAndTheRestGoesBack() {
        presenter.find("T1-000001");
        presenter.all();
        var credit = presenter.exchange();
        assertThat(credit.amount()).isEqualTo(41_930);
        assertThat(credit.reference()).isEqualTo("T1-R000001");

        FakeCatalog catalog = new FakeCatalog();
        FakeSales sales = new FakeSales(catalog);
        SessionHolder saleSessions = new SessionHolder();
        saleSessions.start(new FakeAuth().user("cashier", "pw", Role.CASHIER));
        catalog.add("SHOES", "890", "Shoes", 50_000, 0, 5);
        catalog.add("SOCKS", "891", "Socks", 10_000, 0, 5);
        SalePresenter sale = new SalePresenter(catalog, sales, saleSessions);

        sale.startExchange(credit.amount(), credit.reference());
        sale.scan("SHOES"); // 500.00: the customer pays 80.70 more
        assertThat(sale.pay(PaymentMethod.CASH, "", null)).isTrue();
        assertThat(sale.sale().tenders()).extracting(t -> t.method()).containsExactly(PaymentMethod.VOUCHER, PaymentMethod.CASH);
        assertThat(sale.sale().tenders().get(0).amount()).isEqualTo(41_930);
        assertThat(sale.sale().tenders().get(1).amount()).isEqualTo(8_070);
        assertThat(sale.complete()).isInstanceOf(SaleOutcome.Completed.class);

        sale.startExchange(30_000, "T1-R000002");
        sale.scan("SOCKS"); // 100.00: 200.00 of the credit goes back
        assertThat(sale.complete()).isInstanceOf(SaleOutcome.Completed.class);
        assertThat(sale.message()).contains("give back the unused credit 200.00");
    }

    @Test
    void creditAnExchangesSaleLeavesIsWrittenAsANumberedStoreCreditNoteWithItsQueueEntry() {
        presenter.find("T1-000001");
        presenter.all();
        var credit = presenter.exchange(); // 419.30 of credit
        till.changes.clear();

        FakeCatalog catalog = new FakeCatalog();
        SessionHolder saleSessions = new SessionHolder();
        saleSessions.start(new Session(till.cashier.userId(), "cash", "Cara", Role.CASHIER, TillFixture.SHOP, TillFixture.DEVICE, false));
        catalog.add("SOCKS", "891", "Socks", 10_000, 0, 5);
        SalePresenter sale = new SalePresenter(catalog, new FakeSales(catalog), saleSessions);
        sale.startExchange(credit.amount(), credit.reference(), credit.returnId(), returns::issueStoreCredit);
        sale.scan("SOCKS"); // 100.00: 319.30 is left over
        assertThat(sale.complete()).isInstanceOf(SaleOutcome.Completed.class);

        assertThat(sale.message()).contains(Messages.get("credit.note.issued", "T1-C000001", Money.format(31_930)))
                .doesNotContain("give back");
        assertThat(till.changes.changes()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(ChangeAction.ISSUE_STORE_CREDIT.name());
            assertThat(c.dependsOn()).contains("return:" + credit.returnId());
            StoreCreditPayload p = Payloads.fromJson(c.payloadJson(), StoreCreditPayload.class);
            assertThat(p.amount()).isEqualTo(31_930);
            assertThat(p.localLabel()).isEqualTo("T1-C000001");
            assertThat(p.returnId()).isEqualTo(credit.returnId());
        });
        assertThat(till.db.dsl().fetchCount(STORE_CREDIT)).isEqualTo(1);
    }

    @Test
    void aStoreCreditNoteIsNeverForMoreThanItsReturn() {
        presenter.find("T1-000001");
        presenter.all();
        var credit = presenter.exchange();
        var service = new StoreCreditService(till.db, till.changes, till.clock);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.issue(till.cashier, credit.amount() + 1, credit.returnId(), null))
                .hasMessageContaining("more than the return's");
        assertThat(service.issue(till.cashier, credit.amount(), credit.returnId(), null).localLabel()).isEqualTo("T1-C000001");
        assertThat(service.issue(till.cashier, 1, credit.returnId(), null).localNumber()).as("numbered per till, no gaps").isEqualTo(2);
    }

    @Test
    void aReturnWithoutTheBillIsASupervisorsWithAReasonAndScannedProducts() {
        assertThat(presenter.startWithoutBill()).as("a cashier may not").isFalse();
        assertThat(presenter.message()).isEqualTo(Messages.get("returns.noBill.supervisor"));

        sessions.start(new Session(till.supervisor.userId(), "sup", "Sam", Role.SUPERVISOR, TillFixture.SHOP, TillFixture.DEVICE, false));
        assertThat(presenter.startWithoutBill()).isTrue();
        assertThat(presenter.withoutBill()).isTrue();
        assertThat(presenter.find("TEA")).isTrue();
        assertThat(presenter.find("TEA")).isTrue();
        assertThat(presenter.find("NOPE")).isFalse();
        assertThat(presenter.message()).isEqualTo(Messages.get("returns.noBill.noProduct", "NOPE"));
        assertThat(presenter.lines()).singleElement().satisfies(l -> assertThat(l.name()).isEqualTo("Product TEA"));
        assertThat(presenter.quantity(1)).isEqualTo(2);
        assertThat(presenter.refundTotal()).isEqualTo(25_200); // 2 x 120.00 + 5%

        assertThat(presenter.refund()).as("a reason is required").isNull();
        assertThat(presenter.message()).isEqualTo(Messages.get("returns.noBill.reason"));
        presenter.setReason("gift, no receipt");
        var r = presenter.refund();
        assertThat(r).isNotNull();
        assertThat(r.originalBillId()).isNull();
        assertThat(r.approvedBy()).isEqualTo(till.supervisor.userId());
        assertThat(r.total()).isEqualTo(25_200);
        assertThat(presenter.withoutBill()).isFalse();
    }

    @Test
    void aWeighedLineShowsKgAndTakesWhatIsTypedInKgAsGrams() {
        Product rice = till.product("RICE", 6_000, 0, 10_000); // 60.00 a kg, no tax
        till.db.dsl().update(shopdesk.db.Tables.PRODUCT).set(shopdesk.db.Tables.PRODUCT.SOLD_BY_WEIGHT, true)
                .where(shopdesk.db.Tables.PRODUCT.ID.eq(rice.id())).execute();
        new BillService(till.db, till.changes, till.clock).create(till.cashier, new BillDraft(null,
                List.of(new BillDraft.Line(rice.id(), 1_250)), // 1.25 kg: 75.00
                List.of(BillDraft.PaymentDraft.exact(shopdesk.dal.bill.PaymentMethod.CASH, 7_500)), null));
        ReturnLineTableModel table = new ReturnLineTableModel(presenter, () -> { });

        assertThat(presenter.find("T1-000002")).isTrue();
        table.show(presenter.lines());
        assertThat(presenter.lines()).singleElement().satisfies(l -> assertThat(l.weighed()).isTrue());
        assertThat(table.getValueAt(0, 1)).isEqualTo("1.25 kg");
        assertThat(table.getValueAt(0, 2)).isEqualTo("1.25 kg");
        assertThat(table.getValueAt(0, 3)).isEqualTo("0 kg");

        assertThat(presenter.setQuantity(1, "1.5")).isFalse();
        assertThat(presenter.message()).isEqualTo(Messages.get("returns.msg.range", "1.25 kg", "Product RICE"));
        assertThat(presenter.setQuantity(1, "0.0005")).as("below a gram").isFalse();
        assertThat(presenter.message()).isEqualTo(Messages.get("returns.msg.weight", "0.0005"));
        table.setValueAt("0.5", 0, 3);
        assertThat(presenter.quantity(1)).as("stored in grams").isEqualTo(500);
        assertThat(table.getValueAt(0, 3)).isEqualTo("0.5 kg");
        assertThat(presenter.setQuantity(1, "0,5 kg")).as("the table's own text reads back").isTrue();
        assertThat(presenter.refundTotal()).isEqualTo(3_000); // 0.5 kg of 75.00 for 1.25 kg

        var r = presenter.refund();
        assertThat(r).isNotNull();
        assertThat(r.items()).singleElement().satisfies(i -> assertThat(i.quantity()).isEqualTo(500));
        assertThat(r.total()).isEqualTo(3_000);
        presenter.find("T1-000002");
        assertThat(presenter.quantityText(1)).isEqualTo("0 kg");
        assertThat(ReturnQuantity.shown(presenter.lines().get(0).left(), true)).isEqualTo("0.75 kg");
    }

    @Test
    void theRefundMethodsAreThePaymentMethodsMoneyCanGoBackBy() {
        assertThat(ReturnPresenter.REFUND_METHODS).containsExactly(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.UPI);
        presenter.setRefundMethod(PaymentMethod.STORE_CREDIT);
        assertThat(presenter.refundMethod()).as("a note is no refund method").isEqualTo(PaymentMethod.CASH);
        presenter.setRefundMethod(PaymentMethod.UPI);
        assertThat(presenter.refundMethod()).isEqualTo(PaymentMethod.UPI);
    }
}
