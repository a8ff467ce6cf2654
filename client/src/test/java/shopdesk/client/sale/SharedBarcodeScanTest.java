package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.user.Role;

/** A barcode two products share (two tills created them offline) asks which one, never sells the oldest. */
class SharedBarcodeScanTest {
    FakeCatalog catalog = new FakeCatalog();
    SessionHolder sessions = new SessionHolder();
    SalePresenter presenter = new SalePresenter(catalog, new FakeSales(catalog), sessions);
    ProductView tea, coffee;

    @BeforeEach
    void setUp() {
        tea = catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 12_000, 500, 10);
        coffee = catalog.add("COF-200", "8901000000011", "Filter coffee 200 g", 18_000, 500, 10);
        sessions.start(new FakeAuth().user("cashier", "pw", Role.CASHIER));
    }

    @Test
    void aSharedBarcodeAddsNothingAndSaysWhichProductsShareIt() {
        assertThat(presenter.scan("2*8901000000011")).isFalse();
        assertThat(presenter.sale().lines()).isEmpty();
        assertThat(presenter.message()).contains("8901000000011", "2 products", "Which one");
        AmbiguousScan a = presenter.takeAmbiguousScan().orElseThrow();
        assertThat(a.products()).containsExactlyInAnyOrder(tea, coffee);
        assertThat(a.quantity()).isEqualTo(2);
        assertThat(presenter.takeAmbiguousScan()).as("asked once").isEmpty();
    }

    @Test
    void thePickedProductIsSoldWithTheScannedQuantity() {
        presenter.scan("2*8901000000011");
        AmbiguousScan a = presenter.takeAmbiguousScan().orElseThrow();
        assertThat(presenter.add(coffee, a.quantity())).isTrue();
        assertThat(presenter.sale().lines()).singleElement()
                .satisfies(l -> assertThat(l.product()).isEqualTo(coffee))
                .satisfies(l -> assertThat(l.quantity()).isEqualTo(2));
    }

    @Test
    void aUniqueCodeIsNeverAmbiguous() {
        assertThat(presenter.scan("TEA-250")).isTrue();
        assertThat(presenter.takeAmbiguousScan()).isEmpty();
    }
}
