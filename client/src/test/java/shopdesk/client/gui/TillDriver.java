package shopdesk.client.gui;

import static shopdesk.client.gui.Windows.click;
import static shopdesk.client.gui.Windows.text;
import static shopdesk.client.gui.Windows.type;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.swing.JRadioButton;
import javax.swing.JTable;
import shopdesk.client.app.MainWindow;
import shopdesk.client.app.TillLauncher;
import shopdesk.client.app.TillView;
import shopdesk.dal.config.Config;
import shopdesk.dal.user.PasswordHasher;

/** Drives a real till window connected to a DemoCloud: set-up, login, scanning, selecting rows. */
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
