package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.client.gui.Windows.click;

import java.awt.Rectangle;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.Swing;

/** The touch layout at 1024x768: tiles ring up, − and + change the line, the keypad types the amount, all in view. */
@Gui
class TouchGridWindowTest {
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
    void aCashierRingsUpASaleWithAFingerOnASmallScreen(String language) throws Exception {
        Messages.use(java.util.Locale.forLanguageTag(language));
        // an Indian shop's amounts, as the till sets them from its settings: the wider text must still fit
        shopdesk.dal.money.MoneyFormat.use(shopdesk.dal.money.MoneyFormat.of(java.util.Currency.getInstance("INR"),
                java.util.Locale.forLanguageTag(language + "-IN")));
        till = new FakeTillWindow(dir);
        till.catalog.add("TEA-100", "8901000000066", "Darjeeling tea 100 g", 9_000, 500, 10, "Tea");
        till.catalog.add("CHAI-1", "8901000000073", "Masala chai mix", 14_500, 500, 10, "Tea");
        till.catalog.add("RICE-1", "8901000000080", "Sona masoori rice 1 kg", 6_800, 0, 10, "Rice");
        till.catalog.add("RICE-10", "8901000000097", "Basmati rice 10 kg", 98_000, 0, 10, "Rice");
        Edt.run(() -> till.window.view().showTouchGrid(true));
        till.show(1024, 768);
        till.login("asha", "asha123");
        JTabbedPane tabs = Edt.find(till.window, "touch.tabs");
        assertThat(Edt.call(tabs::getTabCount)).isEqualTo(3);
        Edt.run(() -> tabs.setSelectedIndex(1));
        click(till.window, "touch.tile.TEA-100");
        click(till.window, "touch.tile.TEA-100");
        click(till.window, "touch.plus");
        assertThat(quantities()).containsExactly("3");
        click(till.window, "touch.minus");
        click(till.window, "touch.tile.CHAI-1");
        assertThat(quantities()).containsExactly("2", "1");

        JTextField amount = Edt.find(till.window, "sale.amount");
        Edt.run(() -> Swing.<shopdesk.client.touch.ProductGridPanel>require(till.window, "touch.grid").keypad().typeInto(amount));
        for (String k : new String[] {"3", "5", "0", "dot", "5", "0"}) click(till.window, "touch.key." + k);
        String typed = Edt.call(() -> amount.getText());
        assertThat(typed).isEqualTo("350.50");

        Edt.run(() -> till.window.validate());
        for (String name : List.of("sale.complete", "sale.total", "status.syncNow", "touch.tile.CHAI-1", "touch.key.0", "touch.plus", "sale.lines")) {
            assertThat(Edt.call(() -> SaleScreenFitTest.wholeInside(Swing.require(till.window, name)))).as(name).isEmpty();
        }
        JButton tile = Edt.find(till.window, "touch.tile.CHAI-1");
        assertThat(Edt.call(tile::getHeight)).as("a tile's height for a finger").isGreaterThanOrEqualTo(64);
        assertThat(Edt.call(tile::getWidth)).as("a tile's width for a finger").isGreaterThanOrEqualTo(90);
        JButton key = Edt.find(till.window, "touch.key.5");
        assertThat(Edt.call(key::getHeight)).as("a key's height for a finger").isGreaterThanOrEqualTo(40);
        assertThat(Messages.missing()).isEmpty();
        assertTableHasRoom(420, 120);
        shoot("touch-" + language);
    }

    /**
     * The item table keeps most of the width beside the payments: names readable (not "Darjeelin..."), every price
     * and line total whole.
     */
    private void assertTableHasRoom(int tableWidth, int nameWidth) {
        Edt.run(() -> till.window.validate());
        javax.swing.JTable table = Edt.find(till.window, "sale.lines");
        assertThat(Edt.call(table::getWidth)).as("the item table's width").isGreaterThanOrEqualTo(tableWidth);
        assertThat(Edt.call(() -> table.getColumnModel().getColumn(2).getWidth())).as("the item name column")
                .isGreaterThanOrEqualTo(nameWidth);
        for (int column : new int[] {4, 6}) {
            for (int row = 0; row < Edt.call(table::getRowCount); row++) {
                int r = row;
                String amount = Edt.call(() -> String.valueOf(table.getValueAt(r, column)));
                int needed = Edt.call(() -> table.getFontMetrics(table.getFont()).stringWidth(amount));
                assertThat(Edt.call(() -> table.getColumnModel().getColumn(column).getWidth())).as("room for " + amount)
                        .isGreaterThan(needed);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void onAWideScreenTheGridShowsMoreTilesAcrossAndTheTableStaysWide() throws Exception {
        till = new FakeTillWindow(dir);
        for (int i = 1; i <= 8; i++) till.catalog.add("TEA-" + i, null, "Tea " + i, 1_000 * i, 500, 10, "Tea");
        Edt.run(() -> till.window.view().showTouchGrid(true));
        java.awt.Rectangle screen = Edt.call(() -> till.window.getGraphicsConfiguration().getBounds());
        int w = Math.min(1920, screen.width);
        till.show(w, Math.min(1080, screen.height));
        till.login("asha", "asha123");
        assertTableHasRoom(w / 2 - 100, 200);
        JButton first = Edt.find(till.window, "touch.tile.TEA-1");
        JButton fourth = Edt.find(till.window, "touch.tile.TEA-4");
        if (w >= 1600) {
            assertThat(Edt.call(() -> fourth.getY())).as("four tiles across on a wide screen").isEqualTo(Edt.call(first::getY));
        }
        assertThat(Edt.call(() -> SaleScreenFitTest.wholeInside(fourth))).isEmpty();
    }

    private List<String> quantities() {
        return Edt.call(() -> {
            javax.swing.JTable t = Swing.require(till.window, "sale.lines");
            List<String> out = new java.util.ArrayList<>();
            for (int r = 0; r < t.getRowCount(); r++) out.add(String.valueOf(t.getValueAt(r, 3)));
            return out;
        });
    }

    private void shoot(String name) throws Exception {
        String out = System.getProperty("screenshots.dir");
        if (out == null || out.isBlank()) return;
        Files.createDirectories(Path.of(out));
        Edt.run(() -> till.window.repaint());
        Edt.run(() -> { });
        Thread.sleep(400); // let the X server draw the frame before capturing: a picture, not a timing assertion
        Rectangle r = Edt.call(till.window::getBounds);
        ImageIO.write(new Robot().createScreenCapture(r), "png", Path.of(out, name + "-1024x768.png").toFile());
    }
}
