package shopdesk.client.gui;

import static shopdesk.client.gui.Windows.click;
import static shopdesk.client.gui.Windows.text;
import static shopdesk.client.gui.Windows.type;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JMenuItem;
import javax.swing.JRadioButton;
import javax.swing.JTable;
import shopdesk.client.app.MainWindow;
import shopdesk.client.app.TillLauncher;
import shopdesk.client.app.TillView;
import shopdesk.dal.config.Config;
import shopdesk.dal.user.PasswordHasher;

/**
 * Drives a real till window, standalone or connected to a DemoCloud: set-up, login, products, scanning, a
 * supervisor's approval, menus, selecting rows.
 */
final class TillDriver {
    final MainWindow window;

    private TillDriver(MainWindow window) {
        this.window = window;
    }

    static TillDriver connect(DemoCloud cloud, Path dataDir) throws Exception {
        var launcher = new TillLauncher(Config.of(Map.of("sync.poll-interval-ms", "500")), dataDir, Clock.systemUTC(),
                new PasswordHasher(1000), shopdesk.client.TillApp.backends(), () -> { });
        var shown = launcher.launch();
        var setup = Windows.frame("firstRun.window");
        Edt.run(() -> ((JRadioButton) shopdesk.client.ui.Swing.require(setup, "firstRun.cloud")).setSelected(true));
        type(setup, "firstRun.shopName", "Corner Shop");
        type(setup, "firstRun.cloudUrl", cloud.url());
        type(setup, "firstRun.shopId", cloud.shopId);
        type(setup, "firstRun.deviceId", cloud.deviceId);
        type(setup, "firstRun.deviceCode", "T2");
        click(setup, "firstRun.start");
        return new TillDriver(shown.get(30, TimeUnit.SECONDS));
    }

    /** A standalone till set up on its first run (Corner Shop, admin with password secret1), the admin logged in. */
    static TillDriver standalone(Path dataDir) throws Exception {
        return standalone(dataDir, true);
    }

    /** A standalone till on {@code dataDir}, set up first when {@code firstRun}; the admin logged in. */
    static TillDriver standalone(Path dataDir, boolean firstRun) throws Exception {
        var launcher = new TillLauncher(Config.of(Map.of()), dataDir, Clock.systemUTC(), new PasswordHasher(1000),
                (db, id, cfg, users, clock) -> new shopdesk.client.app.StandaloneBackend(), () -> { });
        var shown = launcher.launch();
        if (firstRun) {
            // a cold start migrates a new database: slow on a loaded machine, so wait longer than Windows.frame does
            Edt.waitFor("the first-run window", java.time.Duration.ofSeconds(120), () -> java.util.Arrays.stream(
                    java.awt.Frame.getFrames()).anyMatch(f -> f.isShowing() && "firstRun.window".equals(f.getName())));
            var setup = Windows.frame("firstRun.window");
            type(setup, "firstRun.shopName", "Corner Shop");
            type(setup, "firstRun.username", "admin");
            type(setup, "firstRun.password", "secret1");
            click(setup, "firstRun.start");
        }
        TillDriver till = new TillDriver(shown.get(120, TimeUnit.SECONDS));
        till.login("admin", "secret1");
        return till;
    }

    /** A product made on the Products tab; the sale tab is shown again after. */
    void addProduct(String sku, String barcode, String name, String price, String tax) {
        Edt.run(() -> window.view().showTab(2));
        click(window, "product.new");
        type(window, "product.sku", sku);
        type(window, "product.barcode", barcode);
        type(window, "product.name", name);
        type(window, "product.price", price);
        type(window, "product.tax", tax);
        click(window, "product.save");
        Edt.waitFor("the product saved", () -> text(window, "product.status").equals(
                shopdesk.client.i18n.Messages.get("catalog.saved", name)));
        Edt.run(() -> window.view().showTab(0));
    }

    /** A supervisor logs in to the approval dialog the till shows (selling beyond stock, a deep discount). */
    static void approveAs(String user, String password) {
        JDialog approve = Edt.dialog("supervisor.dialog");
        type(approve, "supervisor.username", user);
        type(approve, "supervisor.password", password);
        Windows.clickLater(approve, "supervisor.approve");
    }

    /** The window's menu item with this name; call it on the screen's thread. */
    static JMenuItem menuItem(JFrame window, String name) {
        var bar = window.getJMenuBar();
        for (int m = 0; m < bar.getMenuCount(); m++) {
            for (var c : bar.getMenu(m).getMenuComponents()) {
                if (c instanceof JMenuItem i && name.equals(i.getName())) return i;
            }
        }
        throw new AssertionError("no menu item " + name);
    }

    void login(String user, String password) {
        if (TillView.WORK.equals(window.view().showing())) click(window, "till.lock");
        Edt.waitFor("the login screen", () -> TillView.LOGIN.equals(window.view().showing()));
        type(window, "login.username", user);
        type(window, "login.password", password);
        click(window, "login.submit");
        Edt.waitFor("the sale screen", () -> TillView.WORK.equals(window.view().showing()));
    }

    void waitForCatalog() {
        Edt.waitFor("the catalog pulled from the cloud", () -> !text(window, "status.lastSync").equals("Never synced"));
    }

    void scan(String code) {
        shopdesk.client.gui.Windows.scan(window, code);
    }

    void workOffline(boolean offline) {
        boolean now = text(window, "status.connection").equals("Working offline");
        if (now != offline) click(window, "status.workOffline");
        Edt.waitFor(offline ? "working offline" : "back online",
                () -> text(window, "status.connection").equals("Working offline") == offline);
    }

    void selectRow(String tableName, int column, String value) {
        JTable t = Edt.find(window, tableName);
        Edt.waitFor(value + " in " + tableName, () -> {
            for (int r = 0; r < t.getRowCount(); r++) {
                if (value.equals(String.valueOf(t.getValueAt(r, column)))) {
                    t.setRowSelectionInterval(r, r);
                    return true;
                }
            }
            return false;
        });
    }

    void close() {
        Edt.run(window::dispose);
    }
}
