package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.client.gui.Windows.click;
import static shopdesk.client.gui.Windows.clickLater;
import static shopdesk.client.gui.Windows.text;
import static shopdesk.client.gui.Windows.type;

import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import javax.swing.JDialog;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.app.MainWindow;

/** The real till in real windows, standalone: first run, login, a sale of three scanned items, the bills list. */
@Gui
class StandaloneTillWindowTest {
    @TempDir
    Path dataDir;
    MainWindow window;

    @AfterEach
    void close() {
        if (window != null) Edt.run(window::dispose);
        // a real till sets the shop's currency and language for the whole JVM
        shopdesk.client.i18n.Messages.use(shopdesk.client.i18n.Messages.ENGLISH);
        shopdesk.dal.money.MoneyFormat.use(shopdesk.dal.money.MoneyFormat.PLAIN);
    }

    MainWindow start() throws Exception {
        TillDriver till = TillDriver.standalone(dataDir);
        window = till.window;
        till.addProduct("TEA-250", "8901000000011", "Assam tea 250 g", "120", "5");
        till.addProduct("SOAP-1", "8901000000028", "Neem soap", "35", "18");
        till.addProduct("RICE-5", "8901000000035", "Basmati rice 5 kg", "550", "0");
        return window;
    }

    void scan(String code) {
        shopdesk.client.gui.Windows.scan(window, code);
    }

    @Test
    void ringsUpThreeScannedItemsWithTwoPaymentsAndFindsTheBillByItsLocalNumber() throws Exception {
        start();
        assertThat(text(window, "till.user")).contains("admin (admin)");
        scan("8901000000011");
        scan("8901000000028");
        scan("RICE-5");
        assertThat(text(window, "sale.message")).contains("only 0 in stock");
        type(window, "sale.amount", "500");
        type(window, "sale.reference", "AUTH-1");
        click(window, "sale.payCard");
        type(window, "sale.amount", "300");
        click(window, "sale.payCash");
        assertThat(text(window, "sale.change")).isEqualTo(shopdesk.dal.money.Money.format(8_270)); // in the till's currency

        // Stock is 0 (nothing received), so completing asks a supervisor: the admin approves.
        clickLater(window, "sale.complete");
        JDialog approve = Edt.dialog("supervisor.dialog");
        type(approve, "supervisor.username", "admin");
        type(approve, "supervisor.password", "secret1");
        clickLater(approve, "supervisor.approve");
        JDialog receipt = Edt.dialog("receipt.dialog");
        assertThat(text(receipt, "receipt.title")).isEqualTo("Bill T1-000001 saved");
        assertThat(text(receipt, "receipt.text")).contains("Basmati rice 5 kg", "₹ 717.30", "Card AUTH-1");
        click(receipt, "receipt.close");

        Edt.run(() -> window.view().showTab(1));
        JTable bills = Edt.find(window, "bills.table");
        Edt.waitFor("the bill in the list", () -> bills.getRowCount() == 1);
        assertThat(Edt.call(() -> bills.getValueAt(0, 1))).isEqualTo("T1-000001");
        assertThat(Edt.call(() -> bills.getValueAt(0, 2))).isEqualTo("-");
        assertThat(text(window, "status.connection")).isEqualTo("Standalone");
    }

    @Test
    void aScannerTypingTheBarcodeAndEnterAddsALineAndKeysFinishTheSale() throws Exception {
        start();
        Edt.run(() -> window.toFront());
        JTextField scanField = Edt.find(window, "sale.scan");
        Edt.waitFor("focus in the scan field", () -> scanField.isFocusOwner());
        Robot robot = new Robot();
        robot.setAutoDelay(15);
        for (char c : "8901000000011".toCharArray()) key(robot, KeyEvent.VK_0 + (c - '0'));
        key(robot, KeyEvent.VK_ENTER);
        JTable lines = Edt.find(window, "sale.lines");
        Edt.waitFor("a line from the scanner", () -> lines.getRowCount() == 1);
        assertThat(Edt.call(() -> lines.getValueAt(0, 2))).isEqualTo("Assam tea 250 g");
        key(robot, KeyEvent.VK_F5);                       // cash, the rest
        Edt.waitFor("paid", () -> shopdesk.dal.money.Money.format(0).equals(text(window, "sale.due")));
        key(robot, KeyEvent.VK_F12);                      // complete: stock 0 asks a supervisor
        JDialog approve = Edt.dialog("supervisor.dialog");
        type(approve, "supervisor.username", "admin");
        type(approve, "supervisor.password", "secret1");
        clickLater(approve, "supervisor.approve");
        JDialog receipt = Edt.dialog("receipt.dialog");
        Edt.waitFor("the receipt has the keyboard", receipt::isFocused);
        key(robot, KeyEvent.VK_ENTER);                    // default button closes the receipt
        Edt.waitFor("receipt closed", () -> Edt.showingDialog().isEmpty());
        Edt.waitFor("focus back in the scan field (focus is on "
                + java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() + ")", scanField::isFocusOwner);
    }

    private static void key(Robot robot, int code) {
        robot.keyPress(code);
        robot.keyRelease(code);
    }
}
