package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.money.CashRounding;
import shopdesk.dal.user.Role;

/** Discounts, price overrides, weighed items, rounding and held sales on the sale screen, without a display. */
class SaleTermsPresenterTest {
    FakeCatalog catalog = new FakeCatalog();
    FakeSales sales = new FakeSales(catalog);
    SessionHolder sessions = new SessionHolder();
    FakeAuth auth = new FakeAuth();
    SalePresenter presenter = new SalePresenter(catalog, sales, sessions, new SaleRules(new CashRounding(5), 1_000));
    ProductView tea;
    ProductView apples;

    @BeforeEach
    void setUp() {
        tea = catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 10_000, 500, 10);
        ProductView a = catalog.add("APPLE", "2000000000017", "Apples", 12_000, 0, 10_000);
        apples = new ProductView(a.id(), a.sku(), a.barcode(), a.name(), a.unitPrice(), 0, 0, 1, 10_000, false, true);
        catalog.products.put(a.id(), apples);
        sessions.start(auth.user("cashier", "pw", Role.CASHIER));
    }

    @Test
    void aLineDiscountWithinTheLimitIsTakenOffBeforeTax() {
        presenter.scan("TEA-250");
        assertThat(presenter.discountLine(0, "10%")).isTrue();
        assertThat(presenter.sale().totals().discount()).isEqualTo(1_000);
        assertThat(presenter.sale().total()).isEqualTo(9_450); // 90.00 + 4.50 tax
        assertThat(presenter.needsDiscountApproval()).isFalse();
        assertThat(presenter.discountLine(0, "101%")).isFalse();
        assertThat(presenter.messageIsError()).isTrue();
        assertThat(presenter.sale().totals().discount()).as("a refused discount leaves the sale as it was").isEqualTo(1_000);
    }

    @Test
    void aCutBeyondTheCashiersLimitWaitsForASupervisorAtComplete() {
        presenter.scan("TEA-250");
        presenter.discountBill("20.00", null);
        assertThat(presenter.message()).contains("above your limit");
        presenter.pay(PaymentMethod.CASH, null, null);
        assertThat(presenter.complete()).isInstanceOf(SaleOutcome.NeedsDiscountApproval.class);
        assertThat(sales.bills).isEmpty();

        Session boss = auth.user("boss", "pw", Role.SUPERVISOR);
        sales.supervisorIds.add(boss.userId());
        assertThat(presenter.completeWithDiscountApproval(boss)).isInstanceOf(SaleOutcome.Completed.class);
        assertThat(sales.lastDiscountApprovedBy).isEqualTo(boss.userId());
    }

    @Test
    void aPriceOverrideNeedsAReason() {
        presenter.scan("TEA-250");
        assertThat(presenter.overridePrice(0, "95.00", " ")).isFalse();
        assertThat(presenter.overridePrice(0, "95.00", "dented tin")).isTrue();
        assertThat(presenter.sale().lines().get(0).unitPrice()).isEqualTo(9_500);
        assertThat(presenter.sale().total()).isEqualTo(9_975);
    }

    @Test
    void weighedItemsTakeKilogramsWithThreeDecimalsAndTheTotalIsRoundedToTheCoin() {
        assertThat(presenter.scan("2000000000017")).as("a weighed item needs its weight").isFalse();
        assertThat(presenter.scan("0.333*APPLE")).isTrue();
        assertThat(presenter.sale().lines().get(0).quantity()).isEqualTo(333);
        // 0.333 kg x 120.00 = 39.96, rounded to the 0.05 coin: 39.95
        assertThat(presenter.sale().totals().rounding()).isEqualTo(-1);
        assertThat(presenter.sale().total()).isEqualTo(3_995);
        assertThat(presenter.scan("0.0005*APPLE")).isFalse();
    }

    @Test
    void aHeldSaleComesBackWithItsPaymentsAfterTheNextCustomer() {
        presenter.scan("3*TEA-250");
        presenter.discountLine(0, "5%");
        presenter.pay(PaymentMethod.CASH, "100.00", null);
        assertThat(presenter.hold()).isTrue();
        assertThat(presenter.sale().isEmpty()).isTrue();
        assertThat(sales.bills).as("a held sale is never recorded as a bill").isEmpty();

        presenter.scan("TEA-250");
        presenter.pay(PaymentMethod.CARD, null, null);
        assertThat(presenter.complete()).isInstanceOf(SaleOutcome.Completed.class);

        HeldSaleView held = presenter.heldSales().get(0);
        assertThat(held.label()).contains("Assam tea");
        assertThat(presenter.resume(held)).isTrue();
        assertThat(presenter.sale().lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(3);
            assertThat(l.discount()).isNotNull();
        });
        assertThat(presenter.sale().paid()).isEqualTo(10_000);
        assertThat(presenter.heldSales()).isEmpty();
    }

    @Test
    void resumingOverAnUnfinishedSaleIsRefused() {
        presenter.scan("TEA-250");
        presenter.hold();
        presenter.scan("TEA-250");
        assertThat(presenter.hasUnfinishedSale()).isTrue();
        assertThat(presenter.resume(presenter.heldSales().get(0))).isFalse();
        assertThat(presenter.heldSales()).hasSize(1);
    }
}
