package shopdesk.client.gui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static shopdesk.client.gui.Windows.click;
import static shopdesk.client.gui.Windows.clickLater;
import static shopdesk.client.gui.Windows.text;
import static shopdesk.client.gui.Windows.type;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test of behaviour: walks the till against a real server and writes the screenshots the README and the
 * user guide show. Runs only when -Dscreenshots.dir is set (scripts/screenshots does that under Xvfb).
 */
@Gui
class ScreenshotTour {
    @TempDir
    Path dir;

    @Test
    void takeScreenshots() throws Exception {
        String out = System.getProperty("screenshots.dir");
        assumeTrue(out != null && !out.isBlank(), "set -Dscreenshots.dir to write screenshots (scripts/screenshots)");
        Path target = Path.of(out);
        Files.createDirectories(target);
        try (DemoCloud cloud = new DemoCloud(dir.resolve("cloud"))) {
            TillDriver till = TillDriver.connect(cloud, dir.resolve("till"));
            var w = till.window;
            Edt.run(() -> w.setBounds(0, 0, 1200, 760));
            till.login("asha", "asha123");
            till.waitForCatalog();

            // A finished bill in the list, then a sale in progress for the picture.
            till.scan("8901000000011");
            till.scan("8901000000059");
            click(w, "sale.payCash");
            clickLater(w, "sale.complete");
            click(Edt.dialog("receipt.dialog"), "receipt.close");
            till.scan("2*8901000000011");
            till.scan("8901000000028");
            till.scan("8901000000035");
            type(w, "sale.amount", "500");
            type(w, "sale.reference", "AUTH-4471");
            click(w, "sale.payCard");
            type(w, "sale.amount", "400");
            click(w, "sale.payCash");
            shoot(w, target.resolve("sale-screen.png"));
            for (int[] size : new int[][] {{1024, 768}, {1920, 1080}}) {
                Edt.run(() -> w.setBounds(0, 0, size[0], size[1]));
                Edt.waitFor("the window at " + size[0] + "x" + size[1], () -> w.getWidth() == size[0] && w.getHeight() == size[1]);
                shoot(w, target.resolve("sale-" + size[0] + "x" + size[1] + ".png"));
            }
            Edt.run(() -> w.setBounds(0, 0, 1200, 760));

            clickLater(w, "sale.complete");
            JDialog receipt = Edt.dialog("receipt.dialog");
            shoot(receipt, target.resolve("receipt.png"));
            click(receipt, "receipt.close");

            // A conflict: renamed here while another till repriced it on the cloud.
            till.login("ravi", "ravi123");
            till.workOffline(true);
            Edt.run(() -> w.view().showTab(2));
            till.selectRow("products.table", 0, "SOAP-1");
            type(w, "product.name", "Neem soap 100 g");
            click(w, "product.save");
            try (OtherTill other = new OtherTill(dir.resolve("other"), cloud)) {
                other.reprice(cloud.productIds.get("SOAP-1"), 3_900);
            }
            till.workOffline(false);
            click(w, "status.syncNow");
            Edt.waitFor("the conflict", () -> text(w, "status.attention").equals("1 conflict"));
            Edt.run(() -> w.view().showTab(1));
            Edt.waitFor("bills synced", () -> {
                shopdesk.client.ui.Swing.<javax.swing.JTextField>require(w, "bills.search").postActionEvent();
                javax.swing.JTable t = shopdesk.client.ui.Swing.require(w, "bills.table");
                return t.getRowCount() == 2 && !"-".equals(t.getValueAt(1, 2));
            });
            till.selectRow("bills.table", 1, "T2-000002");
            shoot(w, target.resolve("bills.png"));

            Edt.run(() -> w.view().showTab(3));
            Edt.run(() -> {
                for (var s : shopdesk.client.sync.EntryState.values()) {
                    javax.swing.JCheckBox c = shopdesk.client.ui.Swing.require(w, "sync.filter." + s.name());
                    if (!c.isSelected() && s == shopdesk.client.sync.EntryState.DONE) c.doClick();
                }
            });
            till.selectRow("sync.table", 4, shopdesk.client.sync.EntryWords.state(shopdesk.client.sync.EntryState.CONFLICT));
            Edt.run(() -> w.setBounds(0, 0, 1024, 768)); // the smallest screen the till supports
            Edt.waitFor("the window at 1024x768", () -> w.getWidth() == 1024 && w.getHeight() == 768);
            shoot(w, target.resolve("sync-centre.png"));

            clickLater(w, "sync.resolve");
            JDialog conflict = Edt.dialog("conflict.dialog");
            click(conflict, "conflict.choice.MERGE");
            type(conflict, "conflict.reason", "our new name, their new price");
            Edt.run(() -> {
                javax.swing.JTable f = shopdesk.client.ui.Swing.require(conflict, "conflict.fields");
                for (int r = 0; r < f.getRowCount(); r++) if ("Price".equals(f.getValueAt(r, 0))) f.setValueAt(false, r, 5);
            });
            Edt.run(conflict::pack);
            shoot(conflict, target.resolve("conflict-dialog.png"));
            click(conflict, "conflict.cancel");
            till.close();
        }
    }

    private static void shoot(Window w, Path file) throws Exception {
        Edt.run(() -> {
            w.toFront();
            w.repaint();
        });
        Edt.run(() -> { });
        Thread.sleep(400); // let the X server draw the frame before capturing: a picture, not a timing assertion
        Rectangle r = Edt.call(w::getBounds);
        ImageIO.write(new Robot().createScreenCapture(r), "png", file.toFile());
    }
}
