package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.money.CashRounding;
import shopdesk.dal.user.Role;

/** A supervisor's approval of a cashier's deep price cuts, on its own. */
class DiscountApprovalTest {
    FakeCatalog catalog = new FakeCatalog();
    FakeAuth auth = new FakeAuth();
    SessionHolder sessions = new SessionHolder();
    Sale sale = new Sale(new SaleRules(new CashRounding(1), 1_000)); // a cashier may cut 10%
    DiscountApproval approval = new DiscountApproval(sale, sessions);
    Session boss = auth.user("boss", "pw", Role.SUPERVISOR);

    @BeforeEach
    void setUp() {
        sale.add(catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 10_000, 0, 10), 1);
        sessions.start(auth.user("cashier", "pw", Role.CASHIER));
    }

    @Test
    void aCutWithinTheLimitNeedsNoOneAndAddsNothingToTheMessage() {
        sale.discountLine(0, SaleInputs.discount("10%"));
        assertThat(approval.needed()).isFalse();
        assertThat(approval.note()).isEmpty();
    }

    @Test
    void aDeeperCutNeedsASupervisorUntilOneApproves() {
        sale.discountLine(0, SaleInputs.discount("20%"));
        assertThat(approval.needed()).isTrue();
        assertThat(approval.note()).contains("10");

        approval.approve(boss);
        assertThat(approval.needed()).isFalse();
        assertThat(approval.approvedBy()).isEqualTo(boss.userId());

        approval.forget();
        assertThat(approval.needed()).as("a changed price is approved again").isTrue();
    }

    @Test
    void aSupervisorSellingNeedsNoApprovalAndACashierCannotApprove() {
        sale.discountLine(0, SaleInputs.discount("20%"));
        Session cashier = sessions.require();
        assertThatThrownBy(() -> approval.approve(cashier)).isInstanceOf(IllegalArgumentException.class);
        sessions.start(boss);
        assertThat(approval.needed()).isFalse();
    }

    @Test
    void theSupervisorWhoOverridesStockTakesOverOnlyAnApprovalGiven() {
        Session other = auth.user("other", "pw", Role.SUPERVISOR);
        approval.takeOverBy(other);
        assertThat(approval.approvedBy()).as("nothing was approved").isNull();
        approval.approve(boss);
        approval.takeOverBy(other);
        assertThat(approval.approvedBy()).isEqualTo(other.userId());
    }
}
