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
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.user.Role;

/** Holding a sale and taking it back, on its own. */
class HeldSalesTest {
    FakeCatalog catalog = new FakeCatalog();
    FakeSales sales = new FakeSales(catalog);
    SessionHolder sessions = new SessionHolder();
    Sale sale = new Sale();
    SaleStatus status = new SaleStatus();
    List<String> seen = new ArrayList<>();
    HeldSales held = new HeldSales(catalog, sales, sessions, sale, status, () -> {
        sale.clear();
        seen.add("cleared");
    });
    ProductView tea, soap;

    @BeforeEach
    void setUp() {
        tea = catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 10_000, 0, 10);
        soap = catalog.add("SOAP-1", "8901000000028", "Neem soap", 3_500, 0, 10);
        sessions.start(new FakeAuth().user("cashier", "pw", Role.CASHIER));
        status.addListener(() -> seen.add("said"));
    }

    @Test
    void aHeldSaleIsLabelledByItsFirstItemAndClearedBeforeTheScreenIsTold() {
        sale.add(tea, 1);
        sale.add(soap, 2);
        assertThat(held.hold()).isTrue();
        assertThat(sales.held()).singleElement().satisfies(h -> {
            assertThat(h.label()).startsWith("Assam tea 250 g").contains("1");
            assertThat(h.total()).isEqualTo(17_000);
        });
        assertThat(sale.isEmpty()).isTrue();
        assertThat(seen).containsExactly("cleared", "said");
    }

    @Test
    void anEmptySaleIsNotHeld() {
        assertThat(held.hold()).isFalse();
        assertThat(status.isError()).isTrue();
        assertThat(sales.held()).isEmpty();
    }

    @Test
    void aHeldSaleComesBackOnlyOntoAnEmptySaleAndOnlyOnce() {
        sale.add(tea, 3);
        held.hold();
        HeldSaleView parked = held.list().get(0);
        sale.add(soap, 1);
        assertThat(held.resume(parked)).as("the sale rung up is not lost").isFalse();
        sale.clear();

        assertThat(held.resume(parked)).isTrue();
        assertThat(sale.lines()).singleElement().extracting(SaleLine::quantity).isEqualTo(3L);
        assertThat(status.selectedLine()).isZero();
        sale.clear();
        assertThat(held.resume(parked)).isFalse();
        assertThat(status.isError()).isTrue();
    }

    @Test
    void noHeldSalesIsSaid() {
        assertThat(held.list()).isEmpty();
        assertThat(seen).containsExactly("said");
    }
}
