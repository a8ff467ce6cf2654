package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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

/** Completing a sale, on its own: what must be ready, who must approve, what an exchange's credit leaves. */
class CheckoutTest {
    FakeCatalog catalog = new FakeCatalog();
    FakeSales sales = new FakeSales(catalog);
    FakeAuth auth = new FakeAuth();
    SessionHolder sessions = new SessionHolder();
    Sale sale = new Sale(new SaleRules(new CashRounding(1), 1_000));
    SaleStatus status = new SaleStatus();
    DiscountApproval approval = new DiscountApproval(sale, sessions);
    ExchangeCredit credit = new ExchangeCredit();
    List<String> cleared = new ArrayList<>();
    UncheckedNotes unchecked = new UncheckedNotes(sale);
    Checkout checkout = new Checkout(sales, sessions, sale, status, approval, credit, unchecked, () -> {
        sale.clear();
        cleared.add("cleared");
    });
    Session boss = auth.user("boss", "pw", Role.SUPERVISOR);
    ProductView tea;

    @BeforeEach
    void setUp() {
        tea = catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 10_000, 0, 1);
        sessions.start(auth.user("cashier", "pw", Role.CASHIER));
        sales.supervisorIds.add(boss.userId());
    }

    @Test
    void anEmptyOrUnpaidSaleIsNotReadyAndKept() {
        assertThat(checkout.complete(null)).isInstanceOf(SaleOutcome.NotReady.class);
        sale.add(tea, 1);
        assertThat(checkout.complete(null)).isInstanceOf(SaleOutcome.NotReady.class);
        assertThat(status.isError()).isTrue();
        assertThat(cleared).isEmpty();
        assertThat(sales.bills).isEmpty();
    }

    @Test
    void anExchangesCreditPaysFirstAndWhatIsLeftIsSaid() {
        sale.add(tea, 1);
        credit.start(15_000, "R-1", null, null);
        assertThat(checkout.complete(null)).isInstanceOf(SaleOutcome.Completed.class);
        assertThat(cleared).containsExactly("cleared");
        assertThat(status.message()).contains("50.00");
        assertThat(credit.left()).isZero();
    }

    @Test
    void aDeepCutWaitsForASupervisorWhoseApprovalGoesWithTheBill() {
        sale.add(tea, 1);
        sale.discountLine(0, SaleInputs.discount("20%"));
        sale.pay(PaymentMethod.CASH, null, null);
        assertThat(checkout.complete(null)).isInstanceOf(SaleOutcome.NeedsDiscountApproval.class);
        assertThat(checkout.withDiscountApproval(boss)).isInstanceOf(SaleOutcome.Completed.class);
        assertThat(sales.lastDiscountApprovedBy).isEqualTo(boss.userId());
        assertThat(cleared).as("the screen forgets the sale and its approval").containsExactly("cleared");
    }

    @Test
    void beyondStockTheSupervisorWhoOverridesAlsoApprovesTheCuts() {
        sale.add(tea, 2); // one in stock
        sale.discountLine(0, SaleInputs.discount("20%"));
        sale.pay(PaymentMethod.CASH, null, null);
        Session other = auth.user("other", "pw", Role.SUPERVISOR);
        sales.supervisorIds.add(other.userId());
        approval.approve(boss);
        assertThat(checkout.complete(null)).isInstanceOf(SaleOutcome.NeedsSupervisor.class);
        assertThat(cleared).isEmpty();
        assertThat(checkout.withOverride(other)).isInstanceOf(SaleOutcome.Completed.class);
        assertThat(sales.lastDiscountApprovedBy).isEqualTo(other.userId());
    }
}
