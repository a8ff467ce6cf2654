package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.client.gui.Windows.click;
import static shopdesk.client.gui.Windows.clickLater;
import static shopdesk.client.gui.Windows.text;
import static shopdesk.client.gui.Windows.type;

import java.nio.file.Path;
import javax.swing.JDialog;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.app.MainWindow;

/**
 * The whole way: a real cloud server (H2, random port), the till connected to it through the first-run screen,
 * an online login, a bill of three scanned items with two payments, Sync now to zero pending with a server
 * number, then a conflict made by another till, resolved through the dialog.
 */
@Gui
class CloudTillWindowTest {
    @TempDir
    Path dir;
    DemoCloud cloud;
    MainWindow window;

    @AfterEach
    void tearDown() {
        if (window != null) Edt.run(window::dispose);
        if (cloud != null) cloud.close();
    }

    @Test
    void ringsUpSyncsAndResolvesAConflictAgainstARealServer() throws Exception {
        cloud = new DemoCloud(dir.resolve("cloud"));
        TillDriver till = TillDriver.connect(cloud, dir.resolve("till"));
        window = till.window;
        till.login("asha", "asha123");
        assertThat(text(window, "till.user")).startsWith("Asha (cashier)").doesNotContain("offline");
        Edt.waitFor("the catalog pulled from the cloud", () -> !text(window, "status.lastSync").equals("Never synced"));
        assertThat(text(window, "status.connection")).isEqualTo("Online");

        // Working offline, the bill waits in the queue.
        click(window, "status.workOffline");
        Edt.waitFor("working offline", () -> text(window, "status.connection").equals("Working offline"));
        till.scan("8901000000011");
        till.scan("8901000000028");
        till.scan("8901000000035");
        type(window, "sale.amount", "500");
        type(window, "sale.reference", "AUTH-9");
        click(window, "sale.payCard");
        click(window, "sale.payUpi");
        clickLater(window, "sale.complete");
        JDialog receipt = Edt.dialog("receipt.dialog");
        assertThat(text(receipt, "receipt.title")).isEqualTo("Bill T2-000001 saved");
        click(receipt, "receipt.close");
        Edt.waitFor("one bill to send", () -> text(window, "status.pending").startsWith("1 to send"));

        Edt.run(() -> window.view().showTab(1));
        JTable bills = Edt.find(window, "bills.table");
        Edt.waitFor("the bill in the list", () -> bills.getRowCount() == 1);
        assertThat(Edt.call(() -> bills.getValueAt(0, 1))).isEqualTo("T2-000001");
        assertThat(Edt.call(() -> bills.getValueAt(0, 6))).isEqualTo(shopdesk.client.bills.BillTableModel.syncWords("PENDING"));

        // Back online, Sync now: nothing pending, and the bill has the shop's legal number.
        click(window, "status.workOffline");
        click(window, "status.syncNow");
        Edt.waitFor("all sent", () -> text(window, "status.pending").equals("All sent"));
        Edt.waitFor("the server number in the list", () -> {
            shopdesk.client.ui.Swing.<javax.swing.JTextField>require(window, "bills.search").postActionEvent();
            return "1".equals(bills.getValueAt(0, 2)) && shopdesk.client.bills.BillTableModel.syncWords("SYNCED").equals(bills.getValueAt(0, 6));
        });
        assertThat(cloud.server.admin().lastBillNumber(cloud.shopId)).isEqualTo(1);

        // A conflict: this till renames soap offline while another till reprices it on the cloud.
        click(window, "till.lock");
        type(window, "login.username", "ravi");
        type(window, "login.password", "ravi123");
        click(window, "login.submit");
        Edt.waitFor("supervisor logged in", () -> text(window, "till.user").startsWith("Ravi (supervisor)"));
        click(window, "status.workOffline");
        Edt.waitFor("working offline", () -> text(window, "status.connection").equals("Working offline"));
        Edt.run(() -> window.view().showTab(2));
        JTable products = Edt.find(window, "products.table");
        Edt.run(() -> {
            for (int r = 0; r < products.getRowCount(); r++) {
                if ("SOAP-1".equals(products.getValueAt(r, 0))) products.setRowSelectionInterval(r, r);
            }
        });
        type(window, "product.name", "Neem soap 100 g");
        click(window, "product.save");
        assertThat(text(window, "product.status")).isEqualTo("Saved Neem soap 100 g");
        try (OtherTill other = new OtherTill(dir.resolve("other"), cloud)) {
            other.reprice(cloud.productIds.get("SOAP-1"), 3_900);
        }
        click(window, "status.workOffline");
        click(window, "status.syncNow");
        Edt.waitFor("the conflict shows", () -> text(window, "status.attention").equals("1 conflict"));

        Edt.run(() -> window.view().showTab(3));
        JTable queue = Edt.find(window, "sync.table");
        Edt.waitFor("the conflict in the sync centre", () -> queue.getRowCount() >= 1);
        Edt.run(() -> {
            for (int r = 0; r < queue.getRowCount(); r++) {
                if (shopdesk.client.sync.EntryWords.state(shopdesk.client.sync.EntryState.CONFLICT).equals(queue.getValueAt(r, 4))) queue.setRowSelectionInterval(r, r);
            }
        });
        assertThat(text(window, "sync.detail")).contains("UPDATE_PRODUCT", "Conflict (VERSION)");
        clickLater(window, "sync.resolve");
        JDialog dialog = Edt.dialog("conflict.dialog");
        JTable fields = Edt.find(dialog, "conflict.fields");
        assertThat(Edt.call(() -> fields.getRowCount())).isPositive();
        click(dialog, "conflict.choice.MERGE");
        assertThat(text(dialog, "conflict.explanation")).contains("each field from the side ticked", "Server: gets the same merged version");
        Edt.run(() -> {   // keep my name, take their price
            for (int r = 0; r < fields.getRowCount(); r++) {
                if ("Price".equals(fields.getValueAt(r, 0))) fields.setValueAt(false, r, 5);
            }
        });
        type(dialog, "conflict.reason", "new name here, new price there");
        click(dialog, "conflict.resolve");
        Edt.waitFor("the dialog closes", () -> !dialog.isShowing());
        click(window, "status.syncNow");
        Edt.waitFor("all sent after the merge", () -> text(window, "status.pending").equals("All sent")
                && text(window, "status.attention").isEmpty());
        assertThat(serverProduct(cloud)).isEqualTo("Neem soap 100 g @ 3900");
    }

    private static String serverProduct(DemoCloud cloud) {
        var r = cloud.server.database().dsl().selectFrom(shopdesk.db.Tables.PRODUCT)
                .where(shopdesk.db.Tables.PRODUCT.ID.eq(cloud.productIds.get("SOAP-1"))).fetchOne();
        return r.getName() + " @ " + r.getUnitPrice();
    }
}
