package shopdesk.client.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.client.gui.Edt.find;
import static shopdesk.client.gui.Edt.run;

import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.gui.Edt;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.user.Role;

/** Issue 21 path 6: a pull changed the product while its form was open; the save says what changed and offers reload. */
class StaleProductSaveTest {
    FakeCatalog catalog = new FakeCatalog();
    SessionHolder sessions = new SessionHolder();
    ProductView tea;

    @BeforeAll
    static void laf() {
        FlatLightLaf.setup();
    }

    @BeforeEach
    void setUp() {
        sessions.start(new FakeAuth().user("ravi", "pw", Role.SUPERVISOR));
        tea = catalog.add("TEA", null, "Tea", 12_000, 500, 4);
    }

    /** What a pull writes: the server's newer version of the product. */
    void pulled(long price) {
        catalog.products.put(tea.id(), new ProductView(tea.id(), tea.sku(), tea.barcode(), tea.name(), price, tea.taxRateBp(),
                tea.lowStockLevel(), tea.version() + 1, tea.stock()));
    }

    @Test
    void aStaleSaveSaysWhatChangedAndReloadEditsTheCurrentVersion() {
        var p = new ProductFormPresenter(catalog, sessions);
        p.edit(tea);
        pulled(12_500);
        assertThat(p.save("TEA", "", "Assam tea", "120", "5", "4")).isEmpty();
        assertThat(p.staleMessage()).hasValueSatisfying(m -> assertThat(m).contains("Price 120.00 -> 125.00", "Reload"));
        assertThat(p.errors().get("name")).contains("changed meanwhile");
        assertThat(ProductFormPresenter.texts(p.reloadCurrent())[3]).isEqualTo("125.00");
        assertThat(p.save("TEA", "", "Assam tea", "125", "5", "4")).isPresent();
        assertThat(catalog.products.get(tea.id()).name()).isEqualTo("Assam tea");
    }

    @Test
    void thePanelShowsTheChangeAndItsReloadButtonFillsTheForm() {
        ProductsPanel panel = Edt.call(() -> new ProductsPanel(new ProductFormPresenter(catalog, sessions), catalog));
        run(() -> {
            panel.reload();
            ((JTable) find(panel, "products.table")).setRowSelectionInterval(0, 0);
        });
        pulled(12_500);
        run(() -> ((JTextField) find(panel, "product.name")).setText("Assam tea"));
        run(panel::save);
        assertThat(Edt.call(() -> ((JLabel) find(panel, "product.status")).getText())).contains("Price 120.00 -&gt; 125.00");
        JButton reload = find(panel, "product.reload");
        assertThat(Edt.call(reload::isVisible)).isTrue();
        run(reload::doClick);
        assertThat(Edt.call(() -> ((JTextField) find(panel, "product.price")).getText())).isEqualTo("125.00");
        assertThat(Edt.call(reload::isVisible)).isFalse();
    }
}
