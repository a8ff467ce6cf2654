package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeCatalog;

/** The sale's lines as the table shows them, without a display. */
class SaleLineTableModelTest {
    FakeCatalog catalog = new FakeCatalog();
    Sale sale = new Sale();
    SaleLineTableModel model = new SaleLineTableModel();

    @Test
    void eachLineShowsItsNumberItsPriceAndItsTotalAfterTheBillDiscount() {
        sale.add(catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 10_000, 0, 10), 2);
        sale.add(catalog.add("SOAP-1", "8901000000028", "Neem soap", 5_000, 0, 10), 1);
        sale.overridePrice(1, 4_000L, "dented");
        sale.discountBill(SaleInputs.discount("10%"), "regular");
        model.showLines(sale.lines(), sale.totals().lines());

        assertThat(model.getRowCount()).isEqualTo(2);
        assertThat(model.getColumnCount()).isEqualTo(7);
        assertThat(model.getValueAt(1, 0)).isEqualTo(2L);
        assertThat(model.getColumnClass(0)).isEqualTo(Long.class);
        assertThat(model.getValueAt(0, 1)).isEqualTo("TEA-250");
        assertThat(model.getValueAt(0, 3)).isEqualTo("2");
        assertThat((String) model.getValueAt(1, 4)).startsWith("* ").contains("40.00");
        assertThat((String) model.getValueAt(0, 6)).contains("180.00");
        assertThat((String) model.getValueAt(1, 6)).contains("36.00");
        assertThat(model.row(1).line().product().sku()).isEqualTo("SOAP-1");
    }

    @Test
    void withoutTotalsALineShowsItsOwn() {
        sale.add(catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 10_000, 0, 10), 1);
        model.showLines(sale.lines(), java.util.List.of());
        assertThat((String) model.getValueAt(0, 6)).contains("100.00");
    }
}
