package shopdesk.client.dayclose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.i18n.Messages;
import shopdesk.client.print.PrinterSettings;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillDraft.Line;
import shopdesk.dal.bill.BillDraft.PaymentDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.common.Actor;
import shopdesk.dal.dayclose.DayCloseService;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.drawer.CashDrawerService;
import shopdesk.dal.drawer.DrawerSettings;
import shopdesk.dal.drawer.FloatScope;
import shopdesk.dal.product.Product;
import shopdesk.dal.testing.TillFixture;

/** The "Close the day" screen's logic over a real SQLite till, without a display. */
class DayClosePresenterTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    @TempDir Path dir;
    TillFixture till;
    SessionHolder sessions = new SessionHolder();
    DayClosePresenter presenter;
    BillService bills;
    Product tea;
    final AtomicInteger backups = new AtomicInteger();

    @BeforeEach
    void till() throws Exception {
        till = new TillFixture(Dialect.SQLITE, dir.resolve("db"));
        bills = new BillService(till.db, till.changes, till.clock);
        tea = till.product("TEA", 10_000, 500, 100);
        till.clock.set(LocalDateTime.of(2026, 3, 10, 8, 0).atZone(ZONE).toInstant().toEpochMilli());
        sessions.start(session(till.cashier, "Cara"));
        Files.createDirectories(dir.resolve("pdf"));
        presenter = new DayClosePresenter(new CashDrawerService(till.db, till.changes, till.clock, DrawerSettings.DEFAULT),
                new DayCloseService(till.db, till.changes, till.clock, ZONE, DrawerSettings.DEFAULT), sessions,
                ReportOutput.of(PrinterSettings.NONE, dir.resolve("pdf")), "Corner Shop - till T1", ZONE, backups::incrementAndGet);
    }

    @AfterEach
    void close() {
        till.close();
    }

    static Session session(Actor a, String name) {
        return new Session(a.userId(), name.toLowerCase(), name, a.role(), a.shopId(), a.deviceId(), false);
    }

    private void sellTeaForCash() {
        bills.create(till.cashier, new BillDraft(null, List.of(new Line(tea.id(), 1)), List.of(PaymentDraft.cash(10_500, 20_000)), null));
    }

    /** Counts for the default denominations, all blank but {@code value} x {@code count}. */
    private List<String> counts(long value, long count) {
        List<String> out = new ArrayList<>(Collections.nCopies(DrawerSettings.DEFAULT.denominations().size(), ""));
        out.set(DrawerSettings.DEFAULT.denominations().indexOf(value), Long.toString(count));
        return out;
    }

    @Test
    void theFloatIsAskedForOnceAndShowsInTheStatus() {
        assertThat(presenter.needsFloat()).isTrue();
        assertThat(presenter.openFloat("2000.00")).isEmpty();
        assertThat(presenter.needsFloat()).isFalse();
        assertThat(presenter.status()).isEqualTo("Business day 2026-03-10 - float 2000.00 - expected cash 2000.00");
        assertThat(presenter.openFloat("100")).get().asString().contains("already open");
        assertThat(presenter.openFloat("ten")).get().asString().contains("Not an amount");
    }

    @Test
    void cashOutNeedsAReasonAndLowersTheExpectedCash() {
        presenter.openFloat("2000");
        assertThat(presenter.cashOut("150", "")).get().asString().contains("what the cash was paid out for");
        assertThat(presenter.cashOut("150", "milk for the office")).isEmpty();
        assertThat(presenter.outcome()).isEqualTo("Cash out of 150 recorded.");
        assertThat(presenter.status()).endsWith("expected cash 1850.00");
    }

    @Test
    void inHindiTheXReportOnScreenIsInHindi() {
        presenter.openFloat("2000");
        sellTeaForCash();
        Messages.use(Messages.HINDI);
        try {
            assertThat(presenter.xReport()).contains("X रिपोर्ट (दिन खुला रहता है)", ZReportText.row("कुल बिक्री", "105.00"),
                    ZReportText.row("  अपेक्षित", "2105.00"));
        } finally {
            Messages.use(Messages.ENGLISH);
        }
    }

    @Test
    void theXReportShowsTheRunningTotalsWithoutClosing() {
        presenter.openFloat("2000");
        sellTeaForCash();
        List<String> x = presenter.xReport();
        assertThat(x).contains("X REPORT (the day stays open)", ZReportText.row("TOTAL SALES", "105.00"),
                ZReportText.row("  Expected", "2105.00"), ZReportText.row("  CASH (1)", "105.00"));
        assertThat(presenter.xReport()).isEqualTo(x);
        assertThat(backups).hasValue(0);
    }

    @Test
    void withADrawerPerCashierTheXReportIsTheSignedInCashiersShift() {
        DrawerSettings perCashier = new DrawerSettings(FloatScope.CASHIER, 500, DrawerSettings.DEFAULT.denominations());
        var shifts = new DayClosePresenter(new CashDrawerService(till.db, till.changes, till.clock, perCashier),
                new DayCloseService(till.db, till.changes, till.clock, ZONE, perCashier), sessions,
                ReportOutput.of(PrinterSettings.NONE, dir.resolve("pdf")), "Corner Shop - till T1", ZONE, () -> { });
        shifts.openFloat("2000");
        sellTeaForCash();
        sessions.start(session(till.supervisor, "Sam"));
        shifts.openFloat("500");
        List<String> sam = shifts.xReport();
        assertThat(sam).contains("X REPORT shift of Sam", ZReportText.row("Bills sold", "0"), ZReportText.row("  Float", "500.00"),
                ZReportText.row("  Expected", "500.00"));
        assertThat(presenter.xReport()).contains(ZReportText.row("Bills sold", "1"), ZReportText.row("  Float", "2500.00"),
                ZReportText.row("  Expected", "2605.00"));
    }

    @Test
    void theCountPreviewShowsTheVarianceAndWhenASupervisorMustApprove() {
        presenter.openFloat("2000");
        sellTeaForCash();
        CountPreview ok = presenter.preview(counts(200_000, 1), "");
        assertThat(ok.variance()).isEqualTo(-10_500);
        assertThat(ok.needsApproval()).isTrue();
        CountPreview total = presenter.preview(counts(200_000, 1), "2104.00");
        assertThat(total.variance()).isEqualTo(-100);
        assertThat(total.needsApproval()).isFalse();
        assertThat(presenter.preview(counts(200_000, 1), "lots").error()).contains("Not an amount");
        assertThat(presenter.preview(List.of(), "").error()).isEqualTo("Count the drawer: notes and coins, or the total");
    }

    @Test
    void aLargeVarianceWithoutApprovalKeepsTheDayOpenAndWithOneClosesIt() {
        presenter.openFloat("2000");
        sellTeaForCash();
        assertThat(presenter.closeDay(List.of(), "2000.00", null)).get().asString().contains("a supervisor must approve it");
        Session sam = session(till.supervisor, "Sam");
        assertThat(presenter.closeDay(List.of(), "2000.00", sam)).isEmpty();
        assertThat(presenter.lastZ().orElseThrow().varianceApprovedBy()).isEqualTo(till.supervisor.userId());
        assertThat(presenter.reportLines()).contains("Z REPORT 1", ZReportText.row("  Variance", "-105.00"),
                "  Variance approved by Sam");
    }

    @Test
    void theZClosesTheDaySavesAPdfAndRunsTheDayCloseBackup() {
        presenter.openFloat("2000");
        sellTeaForCash();
        assertThat(presenter.closeDay(counts(200_000, 1), "2105", null)).isEmpty();
        assertThat(presenter.outcome()).startsWith("Z 1 closed business day 2026-03-10. Saved as ");
        assertThat(dir.resolve("pdf").resolve("z-report-1-2026-03-10.pdf")).exists();
        assertThat(backups).hasValue(1);
        assertThat(presenter.needsFloat()).isTrue();
        assertThat(presenter.status()).startsWith("Business day 2026-03-11");
        assertThat(presenter.printShown()).startsWith("No receipt printer is set up");
    }
}
