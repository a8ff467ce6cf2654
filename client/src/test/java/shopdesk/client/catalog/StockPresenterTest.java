package shopdesk.client.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.i18n.Messages;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.common.Ids;
import shopdesk.dal.user.Role;

/** The stock screen reads a weighed product's quantity in kg, as the sale screen does, and stores grams. */
class StockPresenterTest {
    FakeCatalog catalog = new FakeCatalog();
    SessionHolder sessions = new SessionHolder();
    StockPresenter stock = new StockPresenter(catalog, sessions);
    ProductView rice = new ProductView(Ids.newId(), "RICE", null, "Rice (loose)", 6_000, 500, 5_000, 1, 12_500, false, true);
    ProductView tea;

    @BeforeEach
    void setUp() {
        sessions.start(new FakeAuth().user("super", "pw", Role.SUPERVISOR));
        catalog.products.put(rice.id(), rice);
        tea = catalog.add("TEA", null, "Tea", 100, 0, 5);
    }

    @Test
    void aWeighedProductIsReceivedAndAdjustedInKg() {
        assertThat(stock.receive(rice, "2.5", "")).isTrue();
        assertThat(stock.message()).isEqualTo(Messages.get("stock.received", "2.5 kg", "Rice (loose)"));
        assertThat(stock.adjust(rice, "-0.125", "spilt")).isTrue();
        assertThat(stock.message()).isEqualTo(Messages.get("stock.adjusted", "Rice (loose)", "-0.125 kg"));
        assertThat(catalog.stockLog).containsExactly("receive 2500 received", "adjust -125 spilt");
    }

    @Test
    void aWeightFinerThanAGramOrAZeroAdjustmentIsRefused() {
        assertThat(stock.receive(rice, "0.0005", "")).isFalse();
        assertThat(stock.errors().get(StockPresenter.QUANTITY)).contains("0.001");
        assertThat(stock.adjust(rice, "0", "recount")).isFalse();
        assertThat(stock.errors().get(StockPresenter.QUANTITY)).isEqualTo(Messages.get("stock.error.zero"));
        assertThat(catalog.stockLog).isEmpty();
    }

    @Test
    void aCountedProductStillTakesWholeUnits() {
        assertThat(stock.receive(tea, "2.5", "")).isFalse();
        assertThat(stock.receive(tea, "3", "")).isTrue();
        assertThat(catalog.stockLog).containsExactly("receive 3 received");
    }

    @Test
    void theQuantityLabelSaysKgForAWeighedProduct() {
        assertThat(StockPresenter.quantityLabel(rice)).isEqualTo(Messages.get("stock.quantity.kg"));
        assertThat(StockPresenter.quantityLabel(tea)).isEqualTo(Messages.get("stock.quantity"));
        assertThat(StockPresenter.quantityLabel(null)).isEqualTo(Messages.get("stock.quantity"));
    }

    @Test
    void theProductTableShowsAWeighedProductsStockInKg() {
        ProductTableModel model = new ProductTableModel();
        model.show(java.util.List.of(rice, tea));
        assertThat(model.getValueAt(0, 5)).isEqualTo("12.5 kg");
        assertThat(model.getValueAt(0, 6)).isEqualTo("5 kg");
        assertThat(model.getValueAt(1, 5)).isEqualTo(5L);
    }
}
