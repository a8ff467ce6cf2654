package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.client.gui.Windows.click;
import static shopdesk.client.gui.Windows.text;
import static shopdesk.client.gui.Windows.type;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shopdesk.client.fake.FakeSettings;
import shopdesk.client.fake.FakeUsers;
import shopdesk.client.i18n.Messages;
import shopdesk.client.settings.SettingsDialog;
import shopdesk.client.settings.SettingsPresenter;
import shopdesk.client.ui.Swing;
import shopdesk.client.users.UsersDialog;
import shopdesk.client.users.UsersPresenter;

/**
 * Till > Settings and Till > Users at 1024x768, in English and Hindi: every field reachable, a wrong value marked
 * beside its field, a cashier added. With -Dscreenshots.dir the screens are also saved as pictures.
 */
@Gui
class AdminScreensWindowTest {
    @TempDir
    Path dir;
    FakeTillWindow till;

    @AfterEach
    void close() {
        if (till != null) till.close();
        Messages.use(Messages.ENGLISH);
        shopdesk.dal.money.MoneyFormat.use(shopdesk.dal.money.MoneyFormat.PLAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi"})
    void aSupervisorChangesSettingsAndAddsACashierOnASmallScreen(String language) throws Exception {
        Messages.use(java.util.Locale.forLanguageTag(language));
        // an Indian shop's amounts, as the till sets them from its settings: the wider text must still fit
        shopdesk.dal.money.MoneyFormat.use(shopdesk.dal.money.MoneyFormat.of(java.util.Currency.getInstance("INR"),
                java.util.Locale.forLanguageTag(language + "-IN")));
        till = new FakeTillWindow(dir);
        FakeSettings settings = new FakeSettings();
        FakeUsers users = new FakeUsers(true);
        Edt.run(() -> {
            till.window.setSettings(() -> SettingsDialog.open(till.window, new SettingsPresenter(settings, till.sessions, s -> { })));
            till.window.setUsers(() -> UsersDialog.open(till.window, new UsersPresenter(users, till.sessions)));
        });
        till.show(1024, 768);
        till.login("ravi", "ravi123");
        shoot(till.window, "main-" + language);
        Edt.run(() -> till.window.view().showTab(2));
        for (int tab = 0; tab < 3; tab++) {
            int t = tab;
            Edt.run(() -> ((javax.swing.JTabbedPane) Swing.require(till.window, "catalog.tabs")).setSelectedIndex(t));
            Edt.run(() -> till.window.validate());
            if (tab == 0) shoot(till.window, "catalog-" + language);
        }
        click(till.window, "product.save");
        Edt.run(() -> till.window.view().showTab(0));

        pressMenu("menu.settings");
        JDialog s = Edt.dialog("settings.dialog");
        assertThat(Edt.call(() -> ((JLabel) labelFor(s, "settings.shop.name")).getText())).isEqualTo(Messages.get("settings.shop.name"));
        type(s, "settings.shop.name", "Sharma Kirana");
        type(s, "settings.sync.interval-seconds", "2");
        Edt.run(() -> ((JComboBox<?>) Swing.require(s, "settings.ui.language")).setSelectedItem("hi"));
        click(s, "settings.save");
        Edt.waitFor("the error beside the sync interval", () -> Swing.<JLabel>require(s, "settings.sync.interval-seconds.error").isShowing());
        assertThat(text(s, "settings.sync.interval-seconds.error")).isEqualTo(Messages.get("setting.error.range", 5, 3600));
        assertThat(settings.saves).isEmpty();
        assertInsideScreen(s);
        assertThat(KeyboardAndLabels.problems(s, "settings")).isEmpty();
        shoot(s, "settings-" + language);
        type(s, "settings.sync.interval-seconds", "30");
        click(s, "settings.save");
        assertThat(settings.saves).hasSize(1);
        assertThat(settings.saves.get(0)).containsEntry("shop.name", "Sharma Kirana").containsEntry("sync.interval-seconds", "30")
                .containsEntry("ui.language", "hi");
        assertThat(text(s, "settings.status")).isEqualTo(Messages.get("settings.savedRestart"));
        click(s, "settings.close");
        Edt.waitFor("the settings closed", () -> !s.isShowing());

        pressMenu("menu.users");
        JDialog u = Edt.dialog("users.dialog");
        type(u, "users.username", "meera");
        type(u, "users.name", "Meera Joshi");
        click(u, "users.kind.pin");
        type(u, "users.secret", "4821");
        type(u, "users.confirm", "4821");
        click(u, "users.add");
        Edt.waitFor("meera in the list", () -> Swing.<JTable>require(u, "users.table").getRowCount() == 2);
        assertThat(users.secrets).containsExactly("4821");
        assertThat(Edt.call(() -> Swing.<JTextField>require(u, "users.secret").getText())).isEmpty();
        Edt.run(() -> Swing.<JTable>require(u, "users.table").setRowSelectionInterval(1, 1));
        assertInsideScreen(u);
        assertThat(KeyboardAndLabels.problems(u, "users")).isEmpty();
        shoot(u, "users-" + language);
        click(u, "users.disable");
        assertThat(users.users.get(1).disabled()).isTrue();
        click(u, "users.close");
        Edt.waitFor("the users closed", () -> !u.isShowing());
        assertThat(Messages.missing()).as("message keys asked for by the converted screens but in no bundle").isEmpty();
    }

    private void pressMenu(String name) {
        JMenuItem item = Edt.call(() -> {
            var bar = till.window.getJMenuBar();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                JMenu m = bar.getMenu(i);
                for (int j = 0; j < m.getItemCount(); j++) {
                    if (m.getItem(j) != null && name.equals(m.getItem(j).getName())) return m.getItem(j);
                }
            }
            throw new IllegalStateException("No menu item " + name);
        });
        Edt.later(item::doClick);
    }

    private static java.awt.Component labelFor(java.awt.Container root, String fieldName) {
        java.awt.Component field = Swing.require(root, fieldName);
        List<java.awt.Component> all = new java.util.ArrayList<>();
        collect(root, all);
        return all.stream().filter(c -> c instanceof JLabel l && l.getLabelFor() == field).findFirst().orElseThrow();
    }

    private static void collect(java.awt.Container c, List<java.awt.Component> out) {
        for (java.awt.Component child : c.getComponents()) {
            out.add(child);
            if (child instanceof java.awt.Container cc) collect(cc, out);
        }
    }

    private static void assertInsideScreen(Window w) {
        Rectangle r = Edt.call(w::getBounds);
        assertThat(r.x).isGreaterThanOrEqualTo(0);
        assertThat(r.y).isGreaterThanOrEqualTo(0);
        assertThat(r.x + r.width).isLessThanOrEqualTo(1280);
        assertThat(r.height).isLessThanOrEqualTo(768);
    }

    private static void shoot(Window w, String name) throws Exception {
        String out = System.getProperty("screenshots.dir");
        if (out == null || out.isBlank()) return;
        Files.createDirectories(Path.of(out));
        Edt.run(() -> {
            w.toFront();
            w.repaint();
        });
        Edt.run(() -> { });
        Thread.sleep(400); // let the X server draw the frame before capturing: a picture, not a timing assertion
        Rectangle r = Edt.call(w::getBounds);
        ImageIO.write(new Robot().createScreenCapture(r), "png", Path.of(out, name + "-1024x768.png").toFile());
    }
}
