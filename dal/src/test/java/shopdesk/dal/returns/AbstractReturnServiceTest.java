package shopdesk.dal.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.change.Change;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.product.Product;
import shopdesk.dal.stock.StockService;
import shopdesk.dal.testing.FailingRecorder;
import shopdesk.dal.testing.TillFixture;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.ReturnPayload;

abstract class AbstractReturnServiceTest {
    @TempDir Path dir;
    TillFixture till;
    BillService bills;
    ReturnService returns;
    StockService stock;
    Product tea;
    Product soap;

    abstract Dialect dialect();

    @BeforeEach
    void open() {
        till = new TillFixture(dialect(), dir);
        bills = new BillService(till.db, till.changes, till.clock);
        returns = new ReturnService(till.db, till.changes, till.clock);
        stock = new StockService(till.db, till.changes, till.clock);
        tea = till.product("TEA", 14_999, 500, 100);
        soap = till.product("SOAP", 3_333, 1800, 100);
    }

    @AfterEach
    void close() {
        till.close();
    }

    private long qty(Product p) {
        return stock.level(TillFixture.SHOP, p.id()).orElseThrow().quantity();
    }

    private Bill sale() { // 3 tea: 449.97 + 22.50 tax; 2 soap: 66.66 + 12.00 tax
        Bill b = bills.create(till.cashier, new BillDraft(null, List.of(new BillDraft.Line(tea.id(), 3),
                new BillDraft.Line(soap.id(), 2)), List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CARD, 55_113)), null));
        assertThat(b.total()).isEqualTo(55_113);
        return b;
    }

    private static ReturnDraft draft(String billId, ReturnDraft.Line... lines) {
        return new ReturnDraft(billId, "CASH", null, null, List.of(lines), null);
    }

    @Test
    void aPartialReturnRefundsItsShareRestocksAndIsRecordedWithItsQueueEntry() {
        Bill b = sale();
        till.changes.clear();
        SaleReturn r = returns.create(till.cashier, draft(b.id(), new ReturnDraft.Line(1, null, 1, true),
                new ReturnDraft.Line(2, null, 1, false)));
        assertThat(r.localLabel()).isEqualTo("T1-R000001");
        assertThat(r.items()).extracting(ReturnItem::subtotal).containsExactly(14_999L, 3_333L);
        assertThat(r.items()).extracting(ReturnItem::tax).containsExactly(750L, 600L); // 2250/3, 1200/2
        assertThat(r.total()).isEqualTo(14_999 + 3_333 + 750 + 600);
        assertThat(qty(tea)).isEqualTo(98); // 100 - 3 + 1 restocked
        assertThat(qty(soap)).isEqualTo(98); // written off: stays sold
        assertThat(returns.find(r.id())).contains(r);

        Change c = till.changes.changes().get(0);
        assertThat(c.action()).isEqualTo("CREATE_RETURN");
        assertThat(c.dependsOn()).contains("bill:" + b.id());
        assertThat(Payloads.fromJson(c.payloadJson(), ReturnPayload.class)).isEqualTo(r.payload());
    }

    @Test
    void everythingReturnedInPartsRefundsExactlyWhatWasPaidAndNoMore() {
        Bill b = sale();
        long refunded = 0;
        for (int k = 0; k < 3; k++) refunded += returns.create(till.cashier, draft(b.id(), new ReturnDraft.Line(1, null, 1, true))).total();
        refunded += returns.create(till.cashier, draft(b.id(), new ReturnDraft.Line(2, null, 2, true))).total();
        assertThat(refunded).isEqualTo(b.total());
        assertThatThrownBy(() -> returns.create(till.cashier, draft(b.id(), new ReturnDraft.Line(1, null, 1, true))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Only 0");
        assertThat(returns.ofBill(b.id())).hasSize(4);
        assertThat(returns.original(b.id()).orElseThrow().lines()).allSatisfy(l -> assertThat(l.left()).isZero());
    }

    @Test
    void theBillIsFoundByItsLocalOrLegalLabel() {
        Bill b = sale();
        till.db.dsl().update(shopdesk.db.Tables.BILL).set(shopdesk.db.Tables.BILL.LEGAL_LABEL, "INV/2026-27/000009")
                .where(shopdesk.db.Tables.BILL.ID.eq(b.id())).execute();
        assertThat(returns.findOriginal(TillFixture.SHOP, "inv/2026-27/000009")).map(OriginalBill::id).contains(b.id());
        assertThat(returns.findOriginal(TillFixture.SHOP, b.localLabel())).map(OriginalBill::legalLabel).contains("INV/2026-27/000009");
        assertThat(returns.findOriginal(TillFixture.SHOP, "NOPE-1")).isEmpty();
    }

    @Test
    void aReturnWithoutTheBillNeedsASupervisorAndAReason() {
        ReturnDraft noBill = new ReturnDraft(null, "CASH", null, null, List.of(new ReturnDraft.Line(null, tea.id(), 1, true)), null);
        assertThatThrownBy(() -> returns.create(till.supervisor, noBill)).isInstanceOf(ValidationException.class);
        ReturnDraft withReason = new ReturnDraft(null, "CASH", "gift, no receipt", null, noBill.lines(), null);
        assertThatThrownBy(() -> returns.create(till.cashier, withReason)).isInstanceOf(PermissionDeniedException.class);
        SaleReturn r = returns.create(till.supervisor, withReason);
        assertThat(r.approvedBy()).isEqualTo(till.supervisor.userId());
        assertThat(r.total()).isEqualTo(14_999 + 750);
        SaleReturn approved = returns.create(till.cashier, new ReturnDraft(null, "CASH", "gift", till.supervisor.userId(),
                noBill.lines(), null));
        assertThat(approved.approvedBy()).isEqualTo(till.supervisor.userId());
        assertThat(qty(tea)).isEqualTo(102);
    }

    @Test
    void aReturnWithoutTheBillPricesAWeighedTaxInclusiveProductAsTheSaleWould() {
        var rice = till.product("RICE", 6_000, 500, 10_000); // 60.00 a kg, 5% included
        till.db.dsl().update(shopdesk.db.Tables.PRODUCT).set(shopdesk.db.Tables.PRODUCT.SOLD_BY_WEIGHT, true)
                .set(shopdesk.db.Tables.PRODUCT.TAX_INCLUSIVE, true).where(shopdesk.db.Tables.PRODUCT.ID.eq(rice.id())).execute();
        SaleReturn r = returns.create(till.supervisor, new ReturnDraft(null, "CASH", "spilt bag, no receipt", null,
                List.of(new ReturnDraft.Line(null, rice.id(), 1_500, false)), null)); // 1.5 kg
        var expected = shopdesk.dal.bill.BillCalculator.line(new shopdesk.dal.bill.BillCalculator.Line(1_500, true, 6_000, 500, true, null));
        assertThat(r.total()).isEqualTo(9_000).isEqualTo(expected.total());
        assertThat(r.taxTotal()).isEqualTo(expected.tax());
    }

    @Test
    void aFailedRecordLeavesNoReturnNorStock() {
        Bill b = sale();
        ReturnService failing = new ReturnService(till.db, new FailingRecorder(till.changes), till.clock);
        assertThatThrownBy(() -> failing.create(till.cashier, draft(b.id(), new ReturnDraft.Line(1, null, 1, true))))
                .isInstanceOf(RuntimeException.class);
        assertThat(qty(tea)).isEqualTo(97);
        assertThat(returns.ofBill(b.id())).isEmpty();
        assertThat(returns.create(till.cashier, draft(b.id(), new ReturnDraft.Line(1, null, 1, true))).localNumber()).isEqualTo(1);
    }
}
