package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.app.MainWindow;
import shopdesk.client.app.TillPorts;
import shopdesk.client.app.UiPrefs;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.fake.FakeSync;
import shopdesk.client.receipt.ReceiptFormatter;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.EntryState;

/** Closing with entries pending shows the drain dialog; offline it cannot finish and "Quit" still closes. */
@Gui
class CloseWithPendingTest {
    @TempDir
    Path dir;

    @Test
    void closingWithPendingEntriesTriesToSendThenLetsTheUserQuitAndRemembersTheWindow() {
        FakeSync sync = new FakeSync();
        sync.add(1, "bill", "CREATE_BILL", EntryState.PENDING, "{}", null, null);
        sync.online = false;
        FakeCatalog catalog = new FakeCatalog();
        var ports = new TillPorts(catalog, new FakeSales(catalog), new FakeAuth(), sync, new SessionHolder(),
                new ReceiptFormatter("Corner Shop", ZoneOffset.UTC), "Corner Shop - till T1", dir, Clock.systemUTC());
        AtomicBoolean exited = new AtomicBoolean();
        MainWindow w = Edt.call(() -> new MainWindow(ports, new UiPrefs(dir.resolve("ui.properties")), () -> exited.set(true)));
        Edt.run(() -> {
            w.setDrainTimeout(Duration.ofSeconds(2));
            w.setBounds(30, 40, 1000, 700);
            w.setVisible(true);
        });
        Edt.later(w::close);
        JDialog drain = Edt.dialog("drain.dialog");
        Edt.waitFor("the drain gives up offline", () -> Windows.text(drain, "drain.text").contains("1 left"));
        assertThat(Windows.text(drain, "drain.quit")).isEqualTo("Quit");
        Windows.click(drain, "drain.quit");
        Edt.waitFor("the till exits", exited::get);
        assertThat(new UiPrefs(dir.resolve("ui.properties")).bounds(null)).isEqualTo(new java.awt.Rectangle(30, 40, 1000, 700));
    }
}
