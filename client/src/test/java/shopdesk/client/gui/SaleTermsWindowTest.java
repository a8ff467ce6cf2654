package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.client.gui.Windows.click;
import static shopdesk.client.gui.Windows.clickLater;
import static shopdesk.client.gui.Windows.text;
import static shopdesk.client.gui.Windows.type;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.app.MainWindow;

/** Discounts and held sales in real windows: a cut beyond the cashier's limit, a held sale resumed after a restart. */
@Gui
class SaleTermsWindowTest {
    @TempDir
    Path dir;
    FakeTillWindow till;
    MainWindow real;

    @AfterEach
    void close() {
        if (till != null) till.close();
        if (real != null) Edt.run(real::dispose);
        // a real till sets the shop's currency and language for the whole JVM
        shopdesk.client.i18n.Messages.use(shopdesk.client.i18n.Messages.ENGLISH);
        shopdesk.dal.money.MoneyFormat.use(shopdesk.dal.money.MoneyFormat.PLAIN);
    }

    /** Answers the showing option pane's text question and presses its OK. */
    private static void answer(String text) {
        JDialog d = Edt.call(() -> Edt.showingDialog().orElse(null));
        Edt.waitFor("a question", () -> Edt.showingDialog().isPresent());
        JDialog q = d != null ? d : Edt.showingDialog().orElseThrow();
        Edt.run(() -> {
            first(q, JTextField.class).setText(text);
            for (AbstractButton b : all(q)) {
                if ("OK".equals(b.getText())) {
                    b.doClick();
                    return;
                }
            }
            throw new AssertionError("no OK button");
        });
        Edt.waitFor("the question closed", () -> !Edt.call(q::isShowing));
    }

    private static <T extends Component> T first(Container root, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) return type.cast(c);
            if (c instanceof Container k) {
                T found = first(k, type);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static java.util.List<AbstractButton> all(Container root) {
        java.util.List<AbstractButton> out = new java.util.ArrayList<>();
        for (Component c : root.getComponents()) {
            if (c instanceof AbstractButton b) out.add(b);
            if (c instanceof Container k) out.addAll(all(k));
        }
        return out;
    }

    @Test
    void aDiscountBeyondTheCashiersLimitIsApprovedByASupervisorAtComplete() {
        till = new FakeTillWindow(dir);
        till.show(1024, 768);
        till.login("asha", "asha123");
        till.scan("8901000000011");
        till.scan("SOAP-1");
        clickLater(till.window, "sale.discount");       // on the last line: the soap
        answer("25%");
        assertThat(text(till.window, "sale.message")).contains("above your limit");
        clickLater(till.window, "sale.billDiscount");
        answer("5.00");
        assertThat(text(till.window, "sale.discountTotal")).isEqualTo("-13.75");
        SaleScreenFitTest.paint(till.window.getRootPane(), Path.of(System.getProperty("layout.shots",
                dir.toString()), "sale-discount-1024x768.png"));
        click(till.window, "sale.payCash");

        clickLater(till.window, "sale.complete");
        JDialog approve = Edt.dialog("supervisor.dialog");
        assertThat(Edt.call(() -> first(approve, javax.swing.JLabel.class) != null)).isTrue();
        type(approve, "supervisor.username", "ravi");
        type(approve, "supervisor.password", "ravi123");
        clickLater(approve, "supervisor.approve");
        JDialog receipt = Edt.dialog("receipt.dialog");
        click(receipt, "receipt.close");
        assertThat(text(till.window, "sale.message")).contains("saved");
    }

    private MainWindow launch(boolean firstRun) throws Exception {
        return TillDriver.standalone(dir, firstRun).window;
    }

    private void scan(MainWindow w, String code) {
        Windows.scan(w, code);
    }

    @Test
    void aHeldSaleIsResumedAfterTheTillRestarts() throws Exception {
        real = launch(true);
        Edt.run(() -> real.view().showTab(2));
        click(real, "product.new");
        type(real, "product.sku", "TEA-250");
        type(real, "product.name", "Assam tea 250 g");
        type(real, "product.price", "120");
        type(real, "product.tax", "5");
        click(real, "product.save");
        Edt.run(() -> real.view().showTab(0));
        scan(real, "2*TEA-250");
        type(real, "sale.amount", "100");
        click(real, "sale.payCash");
        click(real, "sale.hold");
        assertThat(text(real, "sale.message")).startsWith("Held: Assam tea 250 g");
        JTable lines = Edt.find(real, "sale.lines");
        assertThat(Edt.call(lines::getRowCount)).isZero();
        Edt.run(real::dispose);
        real = null;

        real = launch(false);
        // tea costs more since the sale was held: the resumed sale is sold at today's price, and says so
        Edt.run(() -> real.view().showTab(2));
        JTable products = Edt.find(real, "products.table");
        Edt.waitFor("the product listed", () -> Edt.call(products::getRowCount) == 1);
        Edt.run(() -> products.setRowSelectionInterval(0, 0));
        type(real, "product.price", "130");
        click(real, "product.save");
        Edt.run(() -> real.view().showTab(0));
        clickLater(real, "sale.resume");
        JDialog pick = Edt.dialog("heldSales.dialog");
        clickLater(pick, "heldSales.pick");
        JTable again = Edt.find(real, "sale.lines");
        Edt.waitFor("the held sale back", () -> Edt.call(again::getRowCount) == 1);
        assertThat(Edt.call(() -> again.getValueAt(0, 3))).isEqualTo("2");
        assertThat(text(real, "sale.message")).contains(shopdesk.client.i18n.Messages.get("held.repriced",
                "Assam tea 250 g " + shopdesk.dal.money.Money.format(12_000) + " → " + shopdesk.dal.money.Money.format(13_000)));
        assertThat(text(real, "sale.paid")).isEqualTo(shopdesk.dal.money.Money.format(10_000)); // as the till's currency writes it
        assertThat(text(real, "sale.due")).isEqualTo(shopdesk.dal.money.Money.format(17_300)); // 2 x 130.00 + 5%, less 100.00
        Edt.run(() -> real.setBounds(0, 0, 1024, 768));
        Screenshots.write(real, "sale-held-resumed-1024x768.png");
    }
}
