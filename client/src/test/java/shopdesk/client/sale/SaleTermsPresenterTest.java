package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.i18n.Messages;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.money.CashRounding;
import shopdesk.dal.money.Money;
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
    void aResumedSaleTakesTodaysPricesAndSaysWhichChanged() {
        presenter.scan("2*TEA-250");
        presenter.scan("0.5*APPLE");
        presenter.overridePrice(1, "100.00", "bruised");
        presenter.hold();
        // while it was held a pull raised tea's price and apples' catalog price
        ProductView dearer = new ProductView(tea.id(), tea.sku(), tea.barcode(), tea.name(), 11_000, 500, 2, 2, 10);
        catalog.products.put(tea.id(), dearer);
        catalog.products.put(apples.id(), new ProductView(apples.id(), "APPLE", apples.barcode(), "Apples", 13_000, 0, 0, 2,
                10_000, false, true));

        assertThat(presenter.resume(presenter.heldSales().get(0))).isTrue();
        assertThat(presenter.sale().lines().get(0).unitPrice()).isEqualTo(11_000);
        assertThat(presenter.sale().lines().get(1).unitPrice()).as("an override stays the cashier's").isEqualTo(10_000);
        // 2 x 110.00 + 5% = 231.00; 0.5 kg x 100.00 = 50.00
        assertThat(presenter.sale().total()).isEqualTo(28_100);
        assertThat(presenter.messageIsError()).isTrue();
        assertThat(presenter.message()).contains(Messages.get("held.repriced",
                tea.name() + " " + Money.format(10_000) + " → " + Money.format(11_000)));
        assertThat(presenter.message()).doesNotContain("Apples");

        presenter.pay(PaymentMethod.CASH, null, null);
        // the override is now 23% under apples' new price: beyond the cashier's 10%, as the server would also see it
        assertThat(presenter.complete()).isInstanceOf(SaleOutcome.NeedsDiscountApproval.class);
        Session boss = auth.user("boss", "pw", Role.SUPERVISOR);
        sales.supervisorIds.add(boss.userId());
        assertThat(presenter.completeWithDiscountApproval(boss)).isInstanceOf(SaleOutcome.Completed.class);
        assertThat(sales.bills).hasSize(1);
    }

    @Test
    void aResumedSaleNamesAProductNoLongerSold() {
        presenter.scan("TEA-250");
        presenter.hold();
        catalog.products.remove(tea.id());
        assertThat(presenter.resume(presenter.heldSales().get(0))).isTrue();
        assertThat(presenter.message()).contains(Messages.get("held.gone", tea.name()));
        assertThat(presenter.sale().lines()).hasSize(1);
    }

    @Test
    void aResumedSaleWhosePricesStoodSaysNothingMore() {
        presenter.scan("TEA-250");
        presenter.hold();
        assertThat(presenter.resume(presenter.heldSales().get(0))).isTrue();
        assertThat(presenter.messageIsError()).isFalse();
        assertThat(presenter.message()).startsWith("Resumed: ");
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
