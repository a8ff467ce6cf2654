package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shopdesk.client.ui.Swing;

/**
 * The sale screen on the screens shops have, at the text sizes people choose: the total, the payment buttons,
 * Complete and the status bar stay whole inside the window (the item table takes what is left), and a long
 * message wraps instead of running off the edge.
 */
@Gui
class SaleScreenFitTest extends FakeTillWindowTest {
    static final List<String> ALWAYS_VISIBLE = List.of("sale.scan", "sale.total", "sale.due", "sale.payCash", "sale.payCard",
            "sale.payUpi", "sale.complete", "sale.new", "sale.hold", "sale.discount", "status.bar", "status.connection", "status.warning", "status.syncNow", "till.lock");
    @ParameterizedTest(name = "{0}x{1} at {2} % text")
    @CsvSource({"1024, 768, 100", "1920, 1080, 100", "1024, 768, 125", "1366, 768, 150", "1920, 1080, 200"})
    void totalPaymentsCompleteAndTheStatusBarAreWhollyInsideTheWindow(int width, int height, int textPercent) {
        openLoggedIn(width, height, textPercent, "asha", "asha123");
        for (int i = 0; i < 12; i++) till.scan(i % 2 == 0 ? "8901000000011" : "SOAP-1");
        till.scan("a-code-nobody-has-ever-printed-on-a-packet-of-anything-sold-in-this-shop-" + "x".repeat(80));
        Edt.run(() -> till.window.view().statusBar().showWarning("Only 150 MB left on the disk that holds this till's data"
                + " and backups: free some space or ask a supervisor to move the backups to another disk"));
        Edt.run(() -> till.window.validate());
        Edt.run(() -> till.window.validate());   // the message area asks for a second layout once it knows its width
        String shots = System.getProperty("layout.shots");   // to look at what the assertions judge
        if (shots != null) paint(till.window.getRootPane(), Path.of(shots, "sale-" + width + "x" + height + "-" + textPercent + ".png"));

        for (String name : ALWAYS_VISIBLE) {
            assertThat(Edt.call(() -> wholeInside(Swing.require(till.window, name))))
                    .as("%s at %dx%d, %d %%", name, width, height, textPercent).isEmpty();
        }
        JTextComponent message = Edt.find(till.window, "sale.message");
        assertThat(Edt.call(() -> wholeInside(message))).as("the message").isEmpty();
        boolean tooLongForOneLine = Edt.call(() -> message.getFontMetrics(message.getFont()).stringWidth(message.getText())
                > message.getWidth());
        if (tooLongForOneLine) assertThat(Edt.call(() -> lines(message))).as("a long message wraps").isGreaterThan(1);
    }

    @org.junit.jupiter.api.Test
    void choosingALargerTextSizeInTheViewMenuKeepsEverythingOnScreenAndIsRemembered() {
        till = new FakeTillWindow(dir);
        till.show(1366, 768);
        till.login("asha", "asha123");
        till.scan("8901000000011");
        Edt.run(() -> ButtonShortcutsTest.menuItems(till.window.getJMenuBar().getSubElements()).stream()
                .filter(i -> "menu.textSize.150".equals(i.getName())).findFirst().orElseThrow().doClick());
        Edt.run(() -> till.window.validate());
        Edt.run(() -> till.window.validate());
        assertThat(Edt.call(() -> Swing.require(till.window, "sale.total").getFont().getSize())).isGreaterThan(30);
        for (String name : ALWAYS_VISIBLE) {
            if (name.equals("status.warning")) continue;   // no warning in this test
            assertThat(Edt.call(() -> wholeInside(Swing.require(till.window, name)))).as("%s at 150 %%", name).isEmpty();
        }
        assertThat(new shopdesk.client.app.UiPrefs(dir.resolve("ui.properties")).textPercent()).isEqualTo(150);
    }

    /** Empty when the component is showing at no less than its minimum size and no part of it is cut off. */
    static String wholeInside(Component component) {
        if (!component.isShowing()) return "not showing";
        // a table or text area is judged by its scroll pane: what is inside scrolls
        Component c = component.getParent() instanceof javax.swing.JViewport v ? v.getParent() : component;
        var root = SwingUtilities.getRootPane(c);
        Rectangle inRoot = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root);
        if (!new Rectangle(root.getSize()).contains(inRoot)) return "at " + inRoot + ", outside the window's " + root.getSize();
        Rectangle visible = ((JComponent) c).getVisibleRect();
        if (visible.width != c.getWidth() || visible.height != c.getHeight()) {
            return "cut to " + visible.getSize() + " of " + c.getSize();
        }
        if (c.getWidth() < c.getMinimumSize().width || c.getHeight() < c.getMinimumSize().height) {
            return "squeezed to " + c.getSize() + ", needs " + c.getMinimumSize();
        }
        return "";
    }

    static void paint(JComponent c, Path file) {
        Edt.run(() -> {
            var img = new java.awt.image.BufferedImage(c.getWidth(), c.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            c.paint(g);
            g.dispose();
            try {
                java.nio.file.Files.createDirectories(file.getParent());
                javax.imageio.ImageIO.write(img, "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static int lines(JTextComponent t) {
        int lineHeight = t.getFontMetrics(t.getFont()).getHeight();
        return Math.round((float) t.getHeight() / lineHeight);
    }
}
