package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Component;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.sale.SalePanel;
import shopdesk.client.sale.SalePresenter;
import shopdesk.client.sale.SwingSaleDialogs;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.user.Role;

/** The sale screen in a real window: a barcode two products share opens a picker, and the picked one is sold. */
@Gui
class SharedBarcodeWindowTest {
    FakeCatalog catalog = new FakeCatalog();
    SessionHolder sessions = new SessionHolder();
    JFrame frame;

    @BeforeEach
    void open() {
        catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 12_000, 500, 10);
        catalog.add("COF-200", "8901000000011", "Filter coffee 200 g", 18_000, 500, 10);
        sessions.start(new FakeAuth().user("cashier", "pw", Role.CASHIER));
        Edt.run(() -> {
            FlatLightLaf.setup();
            frame = new JFrame("sale");
            frame.add(new SalePanel(new SalePresenter(catalog, new FakeSales(catalog), sessions),
                    new SwingSaleDialogs(() -> frame, null, null, null)));
            frame.setSize(1024, 700);
            frame.setVisible(true);
        });
    }

    @AfterEach
    void close() {
        Edt.run(() -> frame.dispose());
    }

    void scanLater(String code) {
        Edt.later(() -> {
            JTextField f = shopdesk.client.ui.Swing.require(frame, "sale.scan");
            f.setText(code);
            f.postActionEvent();
        });
    }

    @Test
    void thePickerListsBothProductsAndSellsThePickedOne() {
        scanLater("2*8901000000011");
        Edt.waitFor("the picker", () -> Edt.showingDialog().isPresent());
        JDialog picker = Edt.showingDialog().orElseThrow();
        assertThat(picker.getTitle()).isEqualTo("Shared barcode");
        Edt.run(() -> {
            JComboBox<?> box = first(picker, JComboBox.class);
            assertThat(box.getItemCount()).isEqualTo(2);
            for (int i = 0; i < box.getItemCount(); i++) {
                if (box.getItemAt(i).toString().contains("COF-200")) box.setSelectedIndex(i);
            }
            for (JButton b : all(picker, JButton.class)) {
                if ("OK".equals(b.getText())) b.doClick();
            }
        });
        JTable lines = Edt.find(frame, "sale.lines");
        Edt.waitFor("the picked line", () -> Edt.call(() -> lines.getRowCount() == 1));
        assertThat(Edt.call(() -> lines.getValueAt(0, 2))).isEqualTo("Filter coffee 200 g");
        assertThat(Edt.call(() -> ((JTextField) Edt.find(frame, "sale.scan")).getText())).isEmpty();
    }

    @Test
    void cancellingThePickerAddsNothingAndKeepsTheCode() {
        scanLater("8901000000011");
        Edt.waitFor("the picker", () -> Edt.showingDialog().isPresent());
        JDialog picker = Edt.showingDialog().orElseThrow();
        Edt.run(() -> {
            for (JButton b : all(picker, JButton.class)) {
                if ("Cancel".equals(b.getText())) b.doClick();
            }
        });
        Edt.waitFor("the picker closed", () -> Edt.showingDialog().isEmpty());
        assertThat(Edt.call(() -> ((JTable) Edt.find(frame, "sale.lines")).getRowCount())).isZero();
        assertThat(Edt.call(() -> ((JTextField) Edt.find(frame, "sale.scan")).getText())).isEqualTo("8901000000011");
        assertThat(Windows.text(frame, "sale.message")).contains("2 products");
    }

    private static <T> T first(Component root, Class<T> type) {
        return all(root, type).get(0);
    }

    private static <T> java.util.List<T> all(Component root, Class<T> type) {
        java.util.List<T> out = new java.util.ArrayList<>();
        collect(root, type, out);
        return out;
    }

    private static <T> void collect(Component c, Class<T> type, java.util.List<T> out) {
        if (type.isInstance(c)) out.add(type.cast(c));
        if (c instanceof java.awt.Container k) {
            for (Component child : k.getComponents()) collect(child, type, out);
        }
    }
}
