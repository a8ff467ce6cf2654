package shopdesk.client.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.client.gui.Edt.find;
import static shopdesk.client.gui.Edt.run;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.FlatLightLaf;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.app.TillPorts;
import shopdesk.client.app.TillView;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.fake.FakeSync;
import shopdesk.client.fake.StubDialogs;
import shopdesk.client.gui.Edt;
import shopdesk.client.receipt.ReceiptFormatter;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.ConflictInfo;
import shopdesk.client.sync.EntryState;
import shopdesk.dal.user.Role;

/** The whole till content built off-screen over fakes: login card, tabs, status bar, sync centre, forms. */
class TillViewTest {
    FakeCatalog catalog = new FakeCatalog();
    FakeSales sales = new FakeSales(catalog);
    FakeAuth auth = new FakeAuth();
    FakeSync sync = new FakeSync();
    SessionHolder sessions = new SessionHolder();
    StubDialogs dialogs = new StubDialogs();
    TillView view;

    @BeforeAll
    static void laf() {
        FlatLightLaf.setup();
    }

    @BeforeEach
    void setUp() {
        auth.user("asha", "asha123", Role.CASHIER);
        auth.user("ravi", "ravi123", Role.SUPERVISOR);
        catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 12_000, 500, 10);
        sync.add(1, "bill", "CREATE_BILL", EntryState.PENDING, "{\"id\":\"b1\"}", null, null);
        sync.add(2, "product", "UPDATE_PRODUCT", EntryState.CONFLICT, "{\"name\":\"Tea\",\"unitPrice\":100}", "conflict",
                new ConflictInfo(ConflictInfo.Kind.VERSION, "changed", 3L,
                        JsonParser.parseString("{\"name\":\"Tea\",\"unitPrice\":120}").getAsJsonObject(), List.of()));
        var ports = new TillPorts(catalog, sales, auth, sync, sessions, new ReceiptFormatter("Corner Shop", ZoneOffset.UTC),
                "Corner Shop - till T1", Path.of("."), Clock.fixed(java.time.Instant.ofEpochMilli(sync.now), ZoneOffset.UTC));
        run(() -> view = new TillView(ports, dialogs, dialogs));
    }

    void login(String user, String pw) {
        run(() -> {
            ((JTextField) find(view, "login.username")).setText(user);
            ((JPasswordField) find(view, "login.password")).setText(pw);
            ((JButton) find(view, "login.submit")).doClick();
        });
        run(() -> { });   // the session listener hops to the event thread
    }

    String label(String name) {
        return Edt.call(() -> ((JLabel) find(view, name)).getText());
    }

    @Test
    void startsLockedAndAWrongPasswordSaysSo() {
        assertThat(view.showing()).isEqualTo(TillView.LOGIN);
        login("asha", "nope");
        assertThat(label("login.error")).isEqualTo("Unknown user or wrong password");
        assertThat(view.showing()).isEqualTo(TillView.LOGIN);
    }

    @Test
    void loggingInShowsWhoAndTheirRoleAndLockReturnsToLogin() {
        login("asha", "asha123");
        assertThat(view.showing()).isEqualTo(TillView.WORK);
        assertThat(label("till.user")).startsWith("Asha (cashier)");
        run(() -> ((JButton) find(view, "till.lock")).doClick());
        run(() -> { });
        assertThat(view.showing()).isEqualTo(TillView.LOGIN);
    }

    @Test
    void theStatusBarShowsConnectionPendingAndAttention() {
        login("asha", "asha123");
        assertThat(label("status.connection")).isEqualTo("Online");
        assertThat(label("status.pending")).isEqualTo("1 to send");
        assertThat(label("status.attention")).isEqualTo("1 conflict");
        assertThat(label("status.lastSync")).isEqualTo("Never synced");
        sync.syncNow();
        run(() -> { });
        assertThat(label("status.pending")).isEqualTo("All sent");
        assertThat(label("status.lastSync")).isEqualTo("Last sync just now");
    }

    @Test
    void cashiersSeeTheSyncCentreReadOnlyAndSupervisorsCanAct() {
        login("asha", "asha123");
        run(() -> view.showTab(3));
        assertThat(Edt.call(() -> ((JTable) find(view, "sync.table")).getRowCount())).isEqualTo(2);
        assertThat(Edt.call(() -> find(view, "sync.readOnly").isVisible())).isTrue();
        assertThat(Edt.call(() -> find(view, "sync.retry").isEnabled())).isFalse();
        run(() -> sessions.lock());
        login("ravi", "ravi123");
        run(() -> view.showTab(3));
        assertThat(Edt.call(() -> find(view, "sync.retry").isEnabled())).isTrue();
        run(() -> ((JTable) find(view, "sync.table")).setRowSelectionInterval(1, 1));
        assertThat(Edt.call(() -> ((JTextArea) find(view, "sync.detail")).getText())).contains("UPDATE_PRODUCT", "Conflict (VERSION)");
        run(() -> ((JButton) find(view, "sync.resolve")).doClick());
        assertThat(dialogs.asked).contains("conflict 2");
    }

    @Test
    void productFormShowsInlineErrorsWithTheErrorOutline() {
        login("ravi", "ravi123");
        run(() -> view.showTab(2));
        run(() -> {
            ((JTextField) find(view, "product.sku")).setText("");
            ((JTextField) find(view, "product.price")).setText("abc");
            ((JButton) find(view, "product.save")).doClick();
        });
        assertThat(label("product.sku.error")).isEqualTo("Enter a SKU");
        assertThat(label("product.price.error")).contains("Not an amount");
        assertThat(Edt.call(() -> ((JTextField) find(view, "product.price")).getClientProperty(FlatClientProperties.OUTLINE))).isEqualTo(FlatClientProperties.OUTLINE_ERROR);
        assertThat(Edt.call(() -> ((JTextField) find(view, "product.barcode")).getClientProperty(FlatClientProperties.OUTLINE))).isNull();
    }

    @Test
    void billsListShowsLocalAndServerNumbersSideBySide() {
        login("asha", "asha123");
        run(() -> {
            JTextField f = find(view, "sale.scan");
            f.setText("TEA-250");
            f.postActionEvent();
            ((JButton) find(view, "sale.payCash")).doClick();
            ((JButton) find(view, "sale.complete")).doClick();
        });
        run(() -> view.showTab(1));
        JTable t = find(view, "bills.table");
        assertThat(Edt.call(() -> List.of(t.getColumnName(1), t.getColumnName(2)))).containsExactly("Local no.", "Server no.");
        assertThat(Edt.call(() -> t.getValueAt(0, 1))).isEqualTo("T1-000001");
        run(() -> t.setRowSelectionInterval(0, 0));
        assertThat(Edt.call(() -> ((JTextArea) find(view, "bills.details")).getText())).contains("Bill T1-000001", "Assam tea");
    }
}
