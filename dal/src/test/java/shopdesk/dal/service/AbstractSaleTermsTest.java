package shopdesk.dal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.AUDIT_LOG;
import static shopdesk.db.Tables.BILL_TAX;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillCalculator.TaxLine;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillDraft.Line;
import shopdesk.dal.bill.BillDraft.PaymentDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.Discount;
import shopdesk.dal.bill.HeldSales;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.CashRounding;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductDraft;
import shopdesk.dal.stock.StockService;
import shopdesk.dal.testing.TillFixture;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.Payloads;

/** Discounts, price overrides, inclusive tax, weighed lines and rounding as the till's BillService stores them. */
abstract class AbstractSaleTermsTest {
    @TempDir Path dir;
    TillFixture till;
    BillService bills;
    Product tea;
    Product juice;
    Product apples;

    abstract Dialect dialect();

    @BeforeEach
    void open() {
        till = new TillFixture(dialect(), dir);
        // coins of 0.05; a cashier may cut prices by up to 10%
        bills = new BillService(till.db, till.changes, till.clock, new SaleRules(new CashRounding(5), 1_000));
        tea = till.product("TEA", 10_000, 500, 100);            // 100.00 + 5%
        juice = product("JUICE", 11_800, 1_800, false, 50);      // 118.00 including 18%
        apples = product("APPLE", 12_000, 0, true, 10_000);      // 120.00 a kg, 10 kg in stock (grams)
    }

    private Product product(String sku, long price, int bp, boolean byWeight, long stock) {
        Product p = till.products(ChangeRecorder.NONE).create(till.admin, new ProductDraft(sku, null, "Product " + sku, price, bp,
                0, !byWeight, byWeight));
        new StockService(till.db, ChangeRecorder.NONE, till.clock).receive(till.admin, p.id(), stock, "opening stock");
        return p;
    }

    @AfterEach
    void close() {
        till.close();
    }

    private static List<PaymentDraft> cash(long amount) {
        return List.of(PaymentDraft.exact(PaymentMethod.CASH, amount));
    }

    @Test
    void discountsInclusiveTaxWeighedLinesAndRoundingAreStoredAndRecorded() {
        // tea 100.00 - 5% = 95.00 + 4.75 tax; juice 118.00 holds 18.00 tax; 0.333 kg apples = 39.96
        // bill 10.00 off over 95.00 / 118.00 / 39.96: floors 3.75 / 4.66 / 1.57, the two spare paise to the largest
        // remainders (apples, tea). Tea 91.24 + 4.56; juice 113.34 holds 17.29; apples 38.38: 247.52, to the coin 247.50
        BillDraft draft = new BillDraft(null, List.of(new Line(tea.id(), 1, null, null, Discount.percent(500)),
                new Line(juice.id(), 1), new Line(apples.id(), 333)), cash(24_750), null, Discount.amount(1_000), "loyal", null);
        Bill b = bills.create(till.cashier, draft);
        assertThat(List.of(b.subtotal(), b.taxTotal(), b.rounding(), b.total())).containsExactly(22_567L, 2_185L, -2L, 24_750L);
        assertThat(b.discountTotal()).isEqualTo(500 + 1_000);
        assertThat(b.items()).extracting(i -> i.lineDiscount() + i.billDiscount()).containsExactly(500L + 376, 466L, 158L);
        assertThat(b.items().get(1).taxInclusive()).isTrue();
        assertThat(b.items().get(2).weighed()).isTrue();
        assertThat(b.taxes()).extracting(TaxLine::rateBp).containsExactly(0, 500, 1_800);

        Bill stored = bills.findById(b.id()).orElseThrow();
        assertThat(stored).isEqualTo(b);
        assertThat(till.db.dsl().fetchCount(BILL_TAX, BILL_TAX.BILL_ID.eq(b.id()))).isEqualTo(3);
        BillPayload sent = Payloads.fromJson(till.changes.changes().get(0).payloadJson(), BillPayload.class);
        assertThat(sent.discountTotal()).isEqualTo(1_500);
        assertThat(sent.roundingUnit()).isEqualTo(5);
        assertThat(sent.items().get(0).discount()).isEqualTo(new BillPayload.Discount("PERCENT", 500));
    }

    @Test
    void aPriceOverrideNeedsAReasonAndKeepsTheCatalogPrice() {
        BillDraft noReason = new BillDraft(null, List.of(new Line(tea.id(), 1, 9_500L, " ", null)), cash(9_975), null);
        assertThatThrownBy(() -> bills.create(till.cashier, noReason)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("reason");
        Bill b = bills.create(till.cashier, new BillDraft(null, List.of(new Line(tea.id(), 1, 9_500L, "damaged box", null)),
                cash(9_975), null));
        assertThat(b.items().get(0).unitPrice()).isEqualTo(9_500);
        assertThat(b.items().get(0).listPrice()).isEqualTo(10_000);
        assertThat(b.items().get(0).reason()).isEqualTo("damaged box");
    }

    @Test
    void aCashierCutBeyondTheLimitNeedsASupervisorWhoseApprovalIsAudited() {
        BillDraft deep = new BillDraft(null, List.of(new Line(tea.id(), 1, null, null, Discount.percent(2_000))), cash(8_400), null);
        assertThatThrownBy(() -> bills.create(till.cashier, deep)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("20%").hasMessageContaining("10%");
        BillDraft namedCashier = new BillDraft(null, deep.lines(), deep.payments(), null, null, null, till.cashier.userId());
        assertThatThrownBy(() -> bills.create(till.cashier, namedCashier)).isInstanceOf(PermissionDeniedException.class);

        Bill approved = bills.create(till.cashier, new BillDraft(null, deep.lines(), deep.payments(), null, null, null,
                till.supervisor.userId()));
        assertThat(approved.discountApprovedBy()).isEqualTo(till.supervisor.userId());
        assertThat(till.db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("bill.discount-approved"))).isEqualTo(1);

        Bill bySupervisor = bills.create(till.supervisor, deep);
        assertThat(bySupervisor.discountApprovedBy()).as("a supervisor needs nobody's approval").isNull();
        Bill withinLimit = bills.create(till.cashier, new BillDraft(null, List.of(new Line(tea.id(), 1, null, null,
                Discount.percent(1_000))), cash(9_450), null));
        assertThat(withinLimit.discountTotal()).isEqualTo(1_000);
    }

    @Test
    void aHeldSaleIsKeptUntilResumedOnceAndNeverRecorded() {
        HeldSales held = new HeldSales(till.db, till.clock);
        String id = held.hold(till.cashier, "Ravi, 3 items", 24_750, "{\"lines\":[]}");
        assertThat(held.list(till.cashier.deviceId())).singleElement().satisfies(h -> {
            assertThat(h.label()).isEqualTo("Ravi, 3 items");
            assertThat(h.total()).isEqualTo(24_750);
        });
        assertThat(held.take(id)).contains("{\"lines\":[]}");
        assertThat(held.take(id)).as("resumed once").isEmpty();
        assertThat(held.list(till.cashier.deviceId())).isEmpty();
        assertThat(till.changes.changes()).as("a held sale never reaches the SyncQueue").isEmpty();
    }
}
