package shopdesk.client.dayclose;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.gui.Edt;
import shopdesk.client.gui.Gui;
import shopdesk.client.print.PrinterSettings;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillDraft.Line;
import shopdesk.dal.bill.BillDraft.PaymentDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.dayclose.DayCloseService;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.drawer.CashDrawerService;
import shopdesk.dal.drawer.DrawerSettings;
import shopdesk.dal.product.Product;
import shopdesk.dal.testing.TillFixture;

/**
 * The "Close the day" window at 1024x768 over a real till: a cashier opens the float, pays an expense out, counts
 * the drawer short, a supervisor approves and the Z report is shown. With -Dscreenshots.dir it writes
 * day-close.png for the user guide.
 */
@Gui
class DayCloseWindowTest {
    static final ZoneId ZONE = ZoneId.systemDefault();
    @TempDir Path dir;
    TillFixture till;
    JFrame window;
    final List<List<String>> asked = new ArrayList<>();

    @AfterEach
    void close() {
        if (window != null) Edt.run(window::dispose);
        if (till != null) till.close();
    }

    @Test
    void aCashierOpensTheFloatPaysOutCountsShortAndTheZIsShown() throws Exception {
        till = new TillFixture(Dialect.SQLITE, dir.resolve("db"));
        Files.createDirectories(dir.resolve("pdf"));
        till.clock.set(LocalDateTime.of(2026, 3, 10, 8, 0).atZone(ZONE).toInstant().toEpochMilli());
        SessionHolder sessions = new SessionHolder();
        sessions.start(DayClosePresenterTest.session(till.cashier, "Cara"));
        Session sam = DayClosePresenterTest.session(till.supervisor, "Sam");
        var presenter = new DayClosePresenter(new CashDrawerService(till.db, till.changes, till.clock, DrawerSettings.DEFAULT),
                new DayCloseService(till.db, till.changes, till.clock, ZONE, DrawerSettings.DEFAULT), sessions,
                ReportOutput.of(PrinterSettings.NONE, dir.resolve("pdf")), "Corner Shop - till T1", ZONE, () -> { });
        Edt.run(FlatLightLaf::setup);
        window = Edt.call(() -> DayCloseWindow.open(null, presenter, details -> {
            asked.add(details);
            return Optional.of(sam);
        }));
        Edt.run(() -> window.setBounds(0, 0, 1024, 768));

        type("dayClose.float.amount", "2000");
        click("dayClose.float.open");
        Edt.waitFor("the float shows in the status", () -> text("dayClose.status").contains("float 2000.00"));
        assertThat(shopdesk.client.gui.KeyboardAndLabels.problems(window, "day close")).isEmpty();

        sell(till.cashier, 3, PaymentMethod.CASH);
        sell(till.supervisor, 1, PaymentMethod.CARD);
        type("dayClose.cash.amount", "150");
        type("dayClose.cash.reason", "milk for the office");
        click("dayClose.cash.out");
        Edt.waitFor("the cash out is recorded", () -> text("dayClose.message").equals("Cash out of 150 recorded."));
        assertThat(text("dayClose.status")).endsWith("expected cash 2165.00");

        click("dayClose.x");
        Edt.waitFor("the X report shows", () -> report().startsWith("Corner Shop - till T1\nX REPORT"));

        type("dayClose.count.200000", "1");
        type("dayClose.count.10000", "1");
        type("dayClose.count.5000", "1");
        click("dayClose.count.check");
        Edt.waitFor("the variance shows", () -> text("dayClose.count.preview")
                .equals("<html>Counted 2150.00, expected 2165.00<br>variance -15.00 - a supervisor must approve</html>"));

        click("dayClose.z");
        Edt.waitFor("the Z report shows", () -> report().contains("Z REPORT 1"));
        assertThat(asked).containsExactly(List.of("Counted 2150.00", "Expected 2165.00", "Variance -15.00"));
        assertThat(report()).contains(ZReportText.row("  Variance", "-15.00"), ZReportText.row("TOTAL SALES", "420.00"),
                ZReportText.row("  Cash out", "-150.00"), "  Variance approved by Sam");
        assertThat(text("dayClose.message")).startsWith("Z 1 closed business day 2026-03-10.");
        assertThat(text("dayClose.status")).startsWith("Business day 2026-03-11 - float not opened yet");

        BufferedImage shot = shoot();
        String out = System.getProperty("screenshots.dir");
        if (out != null && !out.isBlank()) {
            Files.createDirectories(Path.of(out));
            ImageIO.write(shot, "png", Path.of(out, "day-close.png").toFile());
        }
    }

    private void sell(shopdesk.dal.common.Actor who, long quantity, PaymentMethod method) {
        Product p = till.product("P" + quantity + method, 10_000, 500, 100);
        long due = 10_500 * quantity;
        new BillService(till.db, till.changes, till.clock).create(who, new BillDraft(null, List.of(new Line(p.id(), quantity)),
                List.of(PaymentDraft.exact(method, due)), null));
    }

    private void type(String name, String text) {
        Edt.run(() -> ((JTextField) Edt.find(window, name)).setText(text));
    }

    private void click(String name) {
        Edt.run(() -> ((JButton) Edt.find(window, name)).doClick());
    }

    private String text(String name) {
        return Edt.call(() -> ((JLabel) Edt.find(window, name)).getText());
    }

    private String report() {
        return Edt.call(() -> ((JTextArea) Edt.find(window, "dayClose.report")).getText());
    }

    private BufferedImage shoot() throws Exception {
        Edt.run(() -> {
            window.toFront();
            window.repaint();
        });
        Edt.run(() -> { });
        Thread.sleep(400); // let the X server draw the frame before capturing: a picture, not a timing assertion
        Rectangle r = Edt.call(window::getBounds);
        return new Robot().createScreenCapture(r);
    }
}
