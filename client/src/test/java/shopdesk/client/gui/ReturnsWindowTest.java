package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.client.gui.Windows.click;
import static shopdesk.client.gui.Windows.clickLater;
import static shopdesk.client.gui.Windows.text;
import static shopdesk.client.gui.Windows.type;

import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JDialog;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.app.MainWindow;
import shopdesk.dal.money.Money;

/** The real till in real windows: a return from a scanned receipt number, and an exchange from the bills list. */
@Gui
class ReturnsWindowTest {
    @TempDir
    Path dataDir;
    MainWindow window;

    @AfterEach
    void close() {
        if (window != null) Edt.run(window::dispose);
    }

    @Test
    void aReturnFromAScannedReceiptNumberRefundsTheChosenUnits() throws Exception {
        start();
        sellTea("2");
        Edt.later(() -> menuItem("menu.returns").doClick());
        JDialog returns = Edt.dialog("returns.dialog");
        type(returns, "returns.number", "T1-000001");
        Edt.run(() -> Edt.<JTextField>find(returns, "returns.number").postActionEvent()); // a scanner ends with Enter
        assertThat(text(returns, "returns.bill")).isEqualTo("Bill T1-000001");
        JTable lines = Edt.find(returns, "returns.lines");
        Edt.run(() -> lines.setValueAt(1L, 0, 3));
        assertThat(text(returns, "returns.total")).isEqualTo("Refund " + Money.format(12_600));
        screenshot(returns, "returns.png");
        click(returns, "returns.refund");
        assertThat(text(returns, "returns.message")).isEqualTo("Refund T1-R000001: " + Money.format(12_600) + " back by Cash");
        Edt.run(returns::dispose);
    }

    @Test
    void aWeighedLineShowsKgAndTakesAWeightTypedInKg() throws Exception {
        start();
        Edt.run(() -> window.view().showTab(2));
        click(window, "product.new");
        type(window, "product.sku", "RICE");
        type(window, "product.barcode", "8901000000028");
        type(window, "product.name", "Rice");
        type(window, "product.price", "60");
        type(window, "product.tax", "0");
        Edt.run(() -> Edt.<javax.swing.JCheckBox>find(window, "product.soldByWeight").setSelected(true));
        click(window, "product.save");
        Edt.run(() -> window.view().showTab(0));
        scan("1.25*RICE"); // 75.00
        click(window, "sale.payCash");
        clickLater(window, "sale.complete");
        approveBeyondStock();
        click(Edt.dialog("receipt.dialog"), "receipt.close");
        Edt.waitFor("receipt closed", () -> Edt.showingDialog().isEmpty());

        Edt.later(() -> menuItem("menu.returns").doClick());
        JDialog returns = Edt.dialog("returns.dialog");
        type(returns, "returns.number", "T1-000001");
        Edt.run(() -> Edt.<JTextField>find(returns, "returns.number").postActionEvent());
        JTable lines = Edt.find(returns, "returns.lines");
        assertThat(Edt.call(() -> lines.getValueAt(0, 1))).isEqualTo("1.25 kg");
        Edt.run(() -> lines.setValueAt("0.5", 0, 3));
        assertThat(Edt.call(() -> lines.getValueAt(0, 3))).isEqualTo("0.5 kg");
        assertThat(text(returns, "returns.total")).isEqualTo("Refund " + Money.format(3_000));
        click(returns, "returns.refund");
        assertThat(text(returns, "returns.message")).isEqualTo("Refund T1-R000001: " + Money.format(3_000) + " back by Cash");
        Edt.run(returns::dispose);
    }

    @Test
    void aSupervisorTakesAReturnWithoutTheBillByScanningTheProduct() throws Exception {
        start(); // logged in as the admin, who may take a return without the bill
        Edt.later(() -> menuItem("menu.returns").doClick());
        JDialog returns = Edt.dialog("returns.dialog");
        click(returns, "returns.noBill");
        assertThat(text(returns, "returns.message")).isEqualTo(shopdesk.client.i18n.Messages.get("returns.noBill.scan"));
        type(returns, "returns.number", "TEA-250");
        Edt.run(() -> Edt.<JTextField>find(returns, "returns.number").postActionEvent());
        JTable lines = Edt.find(returns, "returns.lines");
        assertThat(Edt.call(() -> lines.getValueAt(0, 1))).isEqualTo("-");
        assertThat(text(returns, "returns.total")).isEqualTo("Refund " + Money.format(12_600));
        type(returns, "returns.reason", "gift, no receipt");
        screenshot(returns, "returns-without-bill.png");
        click(returns, "returns.refund");
        assertThat(text(returns, "returns.message")).isEqualTo("Refund T1-R000001: " + Money.format(12_600) + " back by Cash");
        Edt.run(returns::dispose);
    }

    @Test
    void anExchangeFromTheBillsListPaysTheNewSaleWithTheCredit() throws Exception {
        start();
        sellTea("1");
        Edt.run(() -> window.view().showTab(1));
        JTable bills = Edt.find(window, "bills.table");
        Edt.waitFor("the bill in the list", () -> bills.getRowCount() == 1);
        Edt.run(() -> bills.getSelectionModel().setSelectionInterval(0, 0));
        clickLater(window, "bills.return");
        JDialog returns = Edt.dialog("returns.dialog");
        assertThat(text(returns, "returns.bill")).isEqualTo("Bill T1-000001");
        click(returns, "returns.all");
        clickLater(returns, "returns.exchange");
        Edt.waitFor("the Returns dialog closed", () -> Edt.showingDialog().isEmpty());
        assertThat(text(window, "sale.message")).contains("Exchange: credit " + Money.format(12_600) + " from T1-R000001");
        scan("TEA-250");
        scan("TEA-250"); // 252.00 of new goods: the credit pays 126.00, the customer the rest
        type(window, "sale.amount", "");
        click(window, "sale.payCash");
        assertThat(text(window, "sale.due")).isEqualTo(Money.format(0));
        clickLater(window, "sale.complete");
        approveBeyondStock(); // one tea is back on the shelf, the second needs the admin's approval
        JDialog receipt = Edt.dialog("receipt.dialog");
        assertThat(text(receipt, "receipt.text")).contains("Credit note T1-R000001", "126.00", "252.00");
        click(receipt, "receipt.close");
    }

    @Test
    void anExchangeThatLeavesCreditWritesAStoreCreditNote() throws Exception {
        exchangeTwoTeas();
        scan("TEA-250"); // 126.00 of the 252.00 credit: 126.00 is left over
        clickLater(window, "sale.complete");
        approveBeyondStock(); // the returned teas went back to a shelf that was at -2
        JDialog receipt = Edt.dialog("receipt.dialog");
        assertThat(text(receipt, "receipt.text")).as("the customer leaves with the note's number")
                .contains(shopdesk.client.i18n.Messages.get("receipt.creditNote", "T1-C000001"), Money.format(12_600));
        click(receipt, "receipt.close");
        Edt.waitFor("receipt closed", () -> Edt.showingDialog().isEmpty());
        assertThat(text(window, "sale.message")).contains(shopdesk.client.i18n.Messages.get("credit.note.issued", "T1-C000001",
                Money.format(12_600))).doesNotContain("give back");
        Edt.run(() -> window.setBounds(0, 0, 1024, 768));
        Screenshots.write(window, "exchange-credit-note-1024x768.png");
    }

    @Test
    void aStoreCreditNoteTakenBackPaysALaterSaleUpToWhatIsLeft() throws Exception {
        exchangeTwoTeas();
        scan("TEA-250"); // leaves note T1-C000001 for 126.00
        clickLater(window, "sale.complete");
        approveBeyondStock();
        click(Edt.dialog("receipt.dialog"), "receipt.close");
        Edt.waitFor("receipt closed", () -> Edt.showingDialog().isEmpty());

        scan("2*TEA-250"); // a later visit: 252.00, the note pays 126.00 of it
        type(window, "sale.reference", "t1-c000001");
        click(window, "sale.payStoreCredit");
        assertThat(text(window, "sale.due")).isEqualTo(Money.format(12_600));
        type(window, "sale.reference", "T1-C000001");
        click(window, "sale.payStoreCredit"); // nothing is left on it now
        assertThat(text(window, "sale.message")).isEqualTo(shopdesk.client.i18n.Messages.get("credit.pay.used", "T1-C000001"));
        Edt.run(() -> window.setBounds(0, 0, 1024, 768));
        Screenshots.write(window, "store-credit-payment-1024x768.png");
        click(window, "sale.payCash");
        clickLater(window, "sale.complete");
        approveBeyondStock();
        JDialog receipt = Edt.dialog("receipt.dialog");
        assertThat(text(receipt, "receipt.text")).contains("Store credit T1-C000001", "126.00", "252.00");
        click(receipt, "receipt.close");
    }

    private void start() throws Exception {
        TillDriver till = TillDriver.standalone(dataDir);
        window = till.window;
        till.addProduct("TEA-250", "8901000000011", "Assam tea 250 g", "120", "5");
    }

    /** A cash sale of tea; stock is 0, so the admin approves selling beyond it. */
    private void sellTea(String quantity) {
        scan(quantity + "*TEA-250");
        click(window, "sale.payCash");
        clickLater(window, "sale.complete");
        approveBeyondStock();
        JDialog receipt = Edt.dialog("receipt.dialog");
        click(receipt, "receipt.close");
        Edt.waitFor("receipt closed", () -> Edt.showingDialog().isEmpty());
    }

    /** Two teas sold (252.00), then all of that bill taken back as an exchange: the sale screen holds the credit. */
    private void exchangeTwoTeas() throws Exception {
        start();
        sellTea("2"); // 252.00
        Edt.run(() -> window.view().showTab(1));
        JTable bills = Edt.find(window, "bills.table");
        Edt.waitFor("the bill in the list", () -> bills.getRowCount() == 1);
        Edt.run(() -> bills.getSelectionModel().setSelectionInterval(0, 0));
        clickLater(window, "bills.return");
        JDialog returns = Edt.dialog("returns.dialog");
        click(returns, "returns.all");
        clickLater(returns, "returns.exchange");
        Edt.waitFor("the Returns dialog closed", () -> Edt.showingDialog().isEmpty());
    }

    /** Stock is 0: the admin approves selling beyond it. */
    private static void approveBeyondStock() {
        TillDriver.approveAs("admin", "secret1");
    }

    private void scan(String code) {
        Windows.scan(window, code);
    }

    private JMenuItem menuItem(String name) {
        return TillDriver.menuItem(window, name);
    }

    /** Written for the user guide when -Dscreenshots.dir is set. */
    private static void screenshot(JDialog d, String file) throws Exception {
        String out = System.getProperty("screenshots.dir");
        if (out == null || out.isBlank()) return;
        Edt.waitFor("painted", () -> true);
        Thread.sleep(300);
        var image = new Robot().createScreenCapture(Edt.call(d::getBounds));
        Files.createDirectories(Path.of(out));
        ImageIO.write(image, "png", Path.of(out).resolve(file).toFile());
    }
}
