package shopdesk.client.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.gui.Edt;
import shopdesk.client.gui.Gui;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillDraft.Line;
import shopdesk.dal.bill.BillDraft.PaymentDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.Discount;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.product.Product;
import shopdesk.dal.report.SalesReports;
import shopdesk.dal.returns.ReturnDraft;
import shopdesk.dal.returns.ReturnService;
import shopdesk.dal.testing.TillFixture;

/**
 * The report window over a month of bills at 1024x768: the chart is drawn (its bar colour is on screen) and the
 * summary matches the bills. With -Dscreenshots.dir it also writes reports.png for the user guide.
 */
@Gui
class ReportsWindowTest {
    static final ZoneId ZONE = ZoneId.systemDefault();
    @TempDir Path dir;
    TillFixture till;
    JFrame window;

    @AfterEach
    void close() {
        if (window != null) Edt.run(window::dispose);
        if (till != null) till.close();
    }

    @Test
    void theReportWindowDrawsTheSalesChartOfTheMonth() throws Exception {
        till = new TillFixture(Dialect.SQLITE, dir);
        long expectedTotal = aMonthOfBills();
        till.clock.set(LocalDateTime.of(2026, 3, 28, 20, 0).atZone(ZONE).toInstant().toEpochMilli());
        var presenter = new ReportsPresenter(new SalesReports(till.db), TillFixture.SHOP, ZONE, till.clock);
        Edt.run(FlatLightLaf::setup);
        window = Edt.call(() -> ReportsWindow.open(null, presenter));
        Edt.run(() -> window.setBounds(0, 0, 1024, 768));
        Edt.waitFor("the day chart shows", () -> Edt.call(() -> {
            ChartPanel c = (ChartPanel) named(window, "reports.chart.sales-by-day");
            return c != null && c.isShowing() && c.getWidth() > 300;
        }));
        JLabel summary = Edt.find(window, "reports.summary");
        assertThat(Edt.call(summary::getText)).startsWith("<html>2026-03-01 to 2026-03-28:  ")
                .contains("takings " + shopdesk.dal.money.Money.format(expectedTotal)).contains("returns 3: ");
        assertThat(shopdesk.client.gui.KeyboardAndLabels.problems(window, "reports")).isEmpty();
        BufferedImage shot = shoot();
        assertThat(countPixels(shot, 0x2675BF)).as("bar-coloured pixels on screen").isGreaterThan(500);
        String out = System.getProperty("screenshots.dir");
        if (out != null && !out.isBlank()) {
            Files.createDirectories(Path.of(out));
            ImageIO.write(shot, "png", Path.of(out, "reports.png").toFile());
        }
        JTabbedPane tabs = Edt.find(window, "reports.tabs");
        Edt.run(() -> tabs.setSelectedIndex(4));
        Edt.waitFor("the payment pie shows", () -> Edt.call(() -> {
            ChartPanel c = (ChartPanel) named(window, "reports.chart.sales-by-payment-method");
            return c != null && c.isShowing();
        }));
    }

    /** 27 days of a small shop: a few bills an hour, more at the weekend, some discounted; returns; the takings. */
    private long aMonthOfBills() {
        BillService bills = new BillService(till.db, till.changes, till.clock);
        List<Product> products = List.of(till.product("TEA", 14_999, 500, 10_000), till.product("RICE", 6_050, 1200, 10_000),
                till.product("SOAP", 3_333, 1800, 10_000), till.product("MILK", 2_800, 0, 10_000));
        ReturnService returns = new ReturnService(till.db, till.changes, till.clock);
        long total = 0;
        for (int day = 1; day <= 27; day++) {
            int count = 3 + (day * 7) % 5 + (day % 7 == 0 || day % 7 == 1 ? 4 : 0);
            for (int i = 0; i < count; i++) {
                till.clock.set(LocalDateTime.of(2026, 3, day, 9 + (i * 5 + day) % 11, (i * 13) % 60).atZone(ZONE)
                        .toInstant().toEpochMilli());
                Product p = products.get((day + i) % products.size());
                Product q = products.get((day * 3 + i) % products.size());
                Discount off = i % 4 == 1 ? Discount.percent(500) : null; // some regulars get 5% off
                List<Line> lines = p == q ? List.of(new Line(p.id(), 1 + i % 3, null, null, off))
                        : List.of(new Line(p.id(), 1 + i % 3, null, null, off), new Line(q.id(), 1));
                long due = BillCalculator.totals(p == q ? List.of(calc(p, 1 + i % 3, off))
                        : List.of(calc(p, 1 + i % 3, off), calc(q, 1, null))).total();
                var bill = bills.create(i % 3 == 0 ? till.supervisor : till.cashier, new BillDraft(null, lines,
                        List.of(PaymentDraft.exact(i % 2 == 0 ? PaymentMethod.CASH : PaymentMethod.CARD, due)), null));
                total += bill.total();
                if (day % 9 == 0 && i == 0) { // now and then a customer brings one back, refunded in cash
                    var line = returns.original(bill.id()).orElseThrow().lines().get(0);
                    total -= returns.create(till.cashier, new ReturnDraft(bill.id(), "CASH", "changed mind", null,
                            List.of(new ReturnDraft.Line(line.lineNo(), null, 1, true)), null)).total();
                }
            }
        }
        return total;
    }

    private static BillCalculator.Line calc(Product p, long quantity, Discount off) {
        return new BillCalculator.Line(quantity, false, p.unitPrice(), p.taxRateBp(), false, off);
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

    /** The component of that name, or null while the report is still loading. */
    private static Component named(Component root, String name) {
        if (name.equals(root.getName())) return root;
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                Component found = named(child, name);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static int countPixels(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) n++;
        }
        return n;
    }
}
