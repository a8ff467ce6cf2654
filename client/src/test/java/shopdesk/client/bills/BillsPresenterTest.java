package shopdesk.client.bills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.sale.PaymentMethod;
import shopdesk.client.sale.SalePresenter;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.user.Role;

class BillsPresenterTest {
    FakeCatalog catalog = new FakeCatalog();
    FakeSales sales = new FakeSales(catalog);
    SessionHolder sessions = new SessionHolder();
    FakeAuth auth = new FakeAuth();
    BillsPresenter bills = new BillsPresenter(sales, sessions);

    @BeforeEach
    void setUp() {
        catalog.add("TEA", "1111", "Tea", 1000, 0, 1000);
        sessions.start(auth.user("cashier", "pw", Role.CASHIER));
        SalePresenter sale = new SalePresenter(catalog, sales, sessions);
        for (int i = 0; i < 60; i++) {
            sale.scan("TEA");
            sale.pay(PaymentMethod.CASH, null, null);
            sale.complete();
        }
    }

    @Test
    void pagesNewestFirst() {
        assertThat(bills.search("")).hasSize(50).first().extracting(BillView::localLabel).isEqualTo("T1-000060");
        assertThat(bills.hasNext()).isTrue();
        assertThat(bills.next()).hasSize(10).last().extracting(BillView::localLabel).isEqualTo("T1-000001");
        assertThat(bills.hasNext()).isFalse();
        assertThat(bills.previous()).hasSize(50);
    }

    @Test
    void searchesByNumber() {
        assertThat(bills.search("000042")).singleElement().extracting(BillView::localLabel).isEqualTo("T1-000042");
    }

    @Test
    void aCashierNeedsASupervisorsApprovalToVoid() {
        String id = bills.search("000042").get(0).id();
        assertThat(bills.needsApproval()).isTrue();
        assertThat(bills.voidBill(id, "wrong items", null)).isFalse();
        assertThat(bills.message()).contains("supervisor");
        var sup = auth.user("super", "pw", Role.SUPERVISOR);
        assertThat(bills.voidBill(id, "", sup)).isFalse();
        assertThat(bills.voidBill(id, "wrong items", sup)).isTrue();
        assertThat(bills.details(id).orElseThrow().isVoid()).isTrue();
    }
}
