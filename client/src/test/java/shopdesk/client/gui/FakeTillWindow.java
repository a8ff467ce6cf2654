package shopdesk.client.gui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import javax.swing.JButton;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import shopdesk.client.app.MainWindow;
import shopdesk.client.app.Themes;
import shopdesk.client.app.TillPorts;
import shopdesk.client.app.TillView;
import shopdesk.client.app.UiPrefs;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.fake.FakeSync;
import shopdesk.client.receipt.ReceiptFormatter;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.EntryState;
import shopdesk.client.ui.Swing;
import shopdesk.dal.user.Role;

/** The real main window (menu, tabs, status bar) over fakes, with a few products, for layout and keyboard tests. */
final class FakeTillWindow {
    final FakeCatalog catalog = new FakeCatalog();
    final FakeSync sync = new FakeSync();
    final FakeAuth auth = new FakeAuth();
    final SessionHolder sessions = new SessionHolder();
    final MainWindow window;

    FakeTillWindow(Path dir) {
        auth.user("asha", "asha123", Role.CASHIER);
        auth.user("ravi", "ravi123", Role.SUPERVISOR);
        catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 12_000, 500, 10);
        catalog.add("SOAP-1", "8901000000028", "Neem soap 100 g", 3_500, 1800, 10);
        catalog.add("RICE-5", "8901000000035", "Basmati rice 5 kg", 55_000, 0, 10);
        catalog.add("OIL-1", "8901000000042", "Mustard oil 1 l", 18_900, 500, 10);
        catalog.add("DAL-1", "8901000000059", "Toor dal 1 kg", 16_000, 0, 10);
        sync.add(1, "bill", "CREATE_BILL", EntryState.PENDING, "{\"id\":\"b1\"}", null, null);
        var ports = new TillPorts(catalog, new FakeSales(catalog), auth, sync, sessions,
                new ReceiptFormatter("Corner Shop", ZoneOffset.UTC), "Corner Shop - till T1", dir, Clock.systemUTC());
        Edt.run(() -> {
            if (!(javax.swing.UIManager.getLookAndFeel() instanceof com.formdev.flatlaf.FlatLaf)) Themes.apply(false);
        });
        window = Edt.call(() -> new MainWindow(ports, new UiPrefs(dir.resolve("ui.properties")), () -> { }));
    }

    void show(int width, int height) {
        Edt.run(() -> {
            window.setExtendedState(java.awt.Frame.NORMAL);
            window.setBounds(0, 0, width, height);
            window.setVisible(true);
        });
        Edt.waitFor("the window at " + width + "x" + height, () -> window.isShowing()
                && window.getWidth() == width && window.getHeight() == height);
    }

    void login(String user, String password) {
        Edt.run(() -> {
            ((JTextField) Swing.require(window, "login.username")).setText(user);
            ((JPasswordField) Swing.require(window, "login.password")).setText(password);
            ((JButton) Swing.require(window, "login.submit")).doClick();
        });
        Edt.waitFor("the sale screen", () -> TillView.WORK.equals(window.view().showing()));
    }

    void scan(String code) {
        Windows.scan(window, code);
    }

    void close() {
        Edt.run(window::dispose);
    }
}
