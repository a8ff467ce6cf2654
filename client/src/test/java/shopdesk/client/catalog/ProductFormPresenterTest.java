package shopdesk.client.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.user.Role;

class ProductFormPresenterTest {
    FakeCatalog catalog = new FakeCatalog();
    SessionHolder sessions = new SessionHolder();
    ProductFormPresenter p = new ProductFormPresenter(catalog, sessions);

    @BeforeEach
    void setUp() {
        sessions.start(new FakeAuth().user("super", "pw", Role.SUPERVISOR));
    }

    @Test
    void everyBadFieldGetsItsOwnMessage() {
        assertThat(p.save(" ", "12", "", "4.999", "abc", "-1")).isEmpty();
        assertThat(p.errors().all()).containsOnlyKeys("sku", "barcode", "name", "price", "tax", "lowStock");
        assertThat(p.errors().get("price")).contains("49.50");
        assertThat(p.errors().get("tax")).contains("0 to 100");
    }

    @Test
    void savesParsedMoneyAndTaxInBasisPoints() {
        var saved = p.save("TEA-1", "8901234567890", "Tea", "49.50", "12.5", "3").orElseThrow();
        assertThat(saved.unitPrice()).isEqualTo(4_950);
        assertThat(saved.taxRateBp()).isEqualTo(1_250);
        assertThat(ProductFormPresenter.texts(saved)).containsExactly("TEA-1", "8901234567890", "Tea", "49.50", "12.5", "3", "");
    }

    @Test
    void aCategoryIsSavedTrimmedAndKeptWhenTheOldFormSavesWithoutIt() {
        var saved = p.save("TEA-1", "", "Tea", "49.50", "5", "0", "  Tea ").orElseThrow();
        assertThat(saved.category()).isEqualTo("Tea");
        assertThat(p.save("TEA-1", "", "Assam tea", "49.50", "5", "0").orElseThrow().category()).isEqualTo("Tea");
        assertThat(p.save("TEA-1", "", "Assam tea", "49.50", "5", "0", " ").orElseThrow().category()).isNull();
        assertThat(p.save("TEA-1", "", "Tea", "49.50", "5", "0", "x".repeat(65))).isEmpty();
        assertThat(p.errors().get(ProductFormPresenter.CATEGORY)).isEqualTo("At most 64 characters");
    }

    @Test
    void aDuplicateSkuFromTheServiceLandsOnTheSkuField() {
        p.save("TEA-1", "", "Tea", "1", "0", "0");
        p.edit(null);
        assertThat(p.save("TEA-1", "", "Other", "1", "0", "0")).isEmpty();
        assertThat(p.errors().get("sku")).contains("already used");
    }

    @Test
    void stockAdjustmentsNeedANonZeroDeltaAndAReason() {
        var tea = catalog.add("T", null, "Tea", 100, 0, 5);
        var stock = new StockPresenter(catalog, sessions);
        assertThat(stock.adjust(tea, "0", "")).isFalse();
        assertThat(stock.errors().all()).containsKeys("quantity", "reason");
        assertThat(stock.adjust(tea, "-2", "broken")).isTrue();
        assertThat(stock.receive(tea, "10", "")).isTrue();
        assertThat(catalog.products.get(tea.id()).stock()).isEqualTo(13);
        assertThat(catalog.stockLog).containsExactly("adjust -2 broken", "receive 10 received");
    }

    @Test
    void customerPhoneAndEmailAreChecked() {
        var c = new CustomerFormPresenter(catalog, sessions);
        assertThat(c.save("", "abc", "x@")).isEmpty();
        assertThat(c.errors().all()).containsOnlyKeys("name", "phone", "email");
        assertThat(c.save("Meera", "+91 98765 43210", "meera@example.com")).isPresent();
    }
}
