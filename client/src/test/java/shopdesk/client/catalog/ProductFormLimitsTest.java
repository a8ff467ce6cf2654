package shopdesk.client.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.user.Role;

/** Every value out of range on the product form gets a message on its own field, and nothing is saved. */
class ProductFormLimitsTest {
    FakeCatalog catalog = new FakeCatalog();
    SessionHolder sessions = new SessionHolder();
    ProductFormPresenter form = new ProductFormPresenter(catalog, sessions);

    @BeforeEach
    void setUp() {
        sessions.start(new FakeAuth().user("super", "pw", Role.SUPERVISOR));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "price    | 10000000000.01",
            "price    | 99999999999999999999",
            "price    | 1e30",
            "price    | 49.999",
            "price    | -1",
            "tax      | 100.01",
            "tax      | -0.01",
            "tax      | 99999999999",
            "tax      | 12.345",
            "lowStock | 1000000001",
            "lowStock | 9223372036854775808",
            "lowStock | 2.5",
            "lowStock | -1",
            "name     | '\u200B\u200B'",
            "name     | '\uFEFF '",
            "name     | 'Tea\u0000'",
            "name     | 'Tea\nGreen'",
    })
    void aValueOutOfRangeIsRefusedOnItsField(String field, String value) {
        String price = field.equals("price") ? value : "49.50";
        String tax = field.equals("tax") ? value : "18";
        String low = field.equals("lowStock") ? value : "0";
        String name = field.equals("name") ? value : "Tea";
        assertThat(form.save("TEA-1", "", name, price, tax, low)).isEmpty();
        assertThat(form.errors().all()).containsOnlyKeys(field);
        assertThat(form.errors().get(field)).isNotBlank();
        assertThat(catalog.products).isEmpty();
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {"price | 10000000000.00", "tax | 100", "lowStock | 1000000000"})
    void theLimitsThemselvesAreAccepted(String field, String value) {
        String price = field.equals("price") ? value : "49.50";
        String tax = field.equals("tax") ? value : "18";
        String low = field.equals("lowStock") ? value : "0";
        assertThat(form.save("TEA-1", "", "Tea", price, tax, low)).isPresent();
    }
}
