package shopdesk.client.touch;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.fake.FakeCatalog;

class TouchGridPresenterTest {
    final FakeCatalog catalog = new FakeCatalog();
    final TouchGridPresenter grid = new TouchGridPresenter(catalog);

    @Test
    void categoriesAreTabsInNameOrderAndProductsWithoutOneGoToOther() {
        catalog.add("RICE-5", "1", "Basmati rice 5 kg", 55_000, 0, 10, "Rice");
        catalog.add("TEA-250", "2", "Assam tea 250 g", 12_000, 500, 10, "tea");
        catalog.add("TEA-100", "3", "Darjeeling tea 100 g", 9_000, 500, 10, "Tea");
        catalog.add("SOAP-1", "4", "Neem soap", 3_500, 1800, 10);
        assertThat(grid.reload()).containsExactly("Rice", "tea", "Other");
        assertThat(grid.tiles("tea")).extracting(ProductView::sku).containsExactly("TEA-250", "TEA-100");
        assertThat(grid.tiles("Other")).extracting(ProductView::sku).containsExactly("SOAP-1");
    }

    @Test
    void aShopWithoutCategoriesGetsOneTabOfAllProducts() {
        catalog.add("SOAP-1", "4", "Neem soap", 3_500, 1800, 10);
        catalog.add("DAL-1", "5", "Toor dal", 16_000, 0, 10);
        assertThat(grid.reload()).containsExactly("All products");
        assertThat(grid.tiles("All products")).extracting(ProductView::name).containsExactly("Neem soap", "Toor dal");
    }

    @Test
    void theKeypadTypesIntoTheFieldThatHadTheFocusLast() {
        Keypad keypad = new Keypad();
        JTextField amount = new JTextField();
        keypad.typeInto(amount);
        for (String k : new String[] {"4", "9", ".", "5", "0", "⌫"}) keypad.press(k);
        assertThat(amount.getText()).isEqualTo("49.5");
        keypad.press("C");
        assertThat(amount.getText()).isEmpty();
        amount.setEditable(false);
        keypad.press("7");
        assertThat(amount.getText()).isEmpty();
    }
}
