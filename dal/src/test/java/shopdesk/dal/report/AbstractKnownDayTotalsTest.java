package shopdesk.dal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.REPORT_DAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillDraft.Line;
import shopdesk.dal.bill.BillDraft.PaymentDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.Discount;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.common.Actor;
import shopdesk.dal.dayclose.CountInput;
import shopdesk.dal.dayclose.DayCloseService;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.drawer.CashDrawerService;
import shopdesk.dal.drawer.DrawerSettings;
import shopdesk.dal.money.Money;
import shopdesk.dal.product.Product;
import shopdesk.dal.report.ReportRows.CashierSales;
import shopdesk.dal.report.ReportRows.Day;
import shopdesk.dal.report.ReportRows.Hour;
import shopdesk.dal.report.ReportRows.PaymentSales;
import shopdesk.dal.report.ReportRows.ProductSales;
import shopdesk.dal.report.ReportRows.TaxLine;
import shopdesk.dal.report.ReportRows.Totals;
import shopdesk.dal.report.ReportRows.Voids;
import shopdesk.dal.returns.ReturnDraft;
import shopdesk.dal.returns.ReturnService;
import shopdesk.dal.testing.TillFixture;
import shopdesk.protocol.payload.DayTotals;
import shopdesk.protocol.payload.DayTotals.BillRange;
import shopdesk.protocol.payload.DayTotals.MethodTotal;
import shopdesk.protocol.payload.DayTotals.TaxTotal;
import shopdesk.protocol.payload.ZReportPayload;

/**
 * The reports and the X/Z over one day of known documents with everything a day has: sales at three tax rates, a
 * line and a bill discount, a void, two returns (cash and card), float, cash in and out. Checked to the minor unit.
 * A 100.00 at 5%, B 20.00 at 12%, C 50.00 at 18%; the shop is in Kolkata; 2 March:
 *
 * <pre>
 *  time   who   document                                     sub     tax   total  drawer
 *  09:00  cara  float 5 000.00                                                   +500 000
 *  09:15  cara  bill 1: 2A + 1B, cash (tendered 25 000)    22 000  1 240  23 240  +23 240
 *  10:00  sam   bill 2: 1C, card                             5 000    900   5 900
 *  11:00  cara  bill 3: 1A less 5% + 1C, cash              14 500  1 375  15 875  +15 875  discount 500
 *  12:00  cara  bill 4: 3B, card, voided                                   6 720
 *  12:30  cara  bill 5: 1B, bill discount 1.00, upi          1 900    228   2 128           discount 100
 *  13:00  cara  cash in 2 000.00                                                  +200 000
 *  14:00  cara  cash out 350.00                                                    -35 000
 *  15:00  cara  return 1: 1A of bill 1, cash               -10 000   -500 -10 500  -10 500
 *  16:00  sam   return 2: 1C of bill 2, card                -5 000   -900  -5 900
 *  sales 4 bills 47 143, refunds 16 400, takings 30 743; expected cash 693 615
 * </pre>
 */
abstract class AbstractKnownDayTotalsTest {
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Kolkata");
    static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);
    static final List<TaxTotal> SOLD_BY_RATE = List.of(new TaxTotal(500, 29_500, 1_475, 30_975),
            new TaxTotal(1200, 3_900, 468, 4_368), new TaxTotal(1800, 10_000, 1_800, 11_800));
    static final DayTotals KNOWN_DAY = new DayTotals(4, 43_400, 3_743, 47_143, 600, 2, 16_400, 1, 6_720,
            List.of(new MethodTotal("CARD", 1, 5_900), new MethodTotal("CASH", 2, 39_115), new MethodTotal("UPI", 1, 2_128)),
            SOLD_BY_RATE, 500_000, 200_000, 35_000, 39_115, 693_615, new BillRange(1L, "T1-000001", 5, "T1-000005", null, null),
            3, 2, 10_500, 2);

    @TempDir Path dir;
    TillFixture till;
    BillService bills;
    ReturnService returns;
    SalesReports reports;
    DayCloseService days;
    ReportRange day;
    Product a;
    Product b;
    Product c;

    abstract Dialect dialect();

    @BeforeEach
    void knownDay() {
        till = new TillFixture(dialect(), dir);
        bills = new BillService(till.db, till.changes, till.clock);
        returns = new ReturnService(till.db, till.changes, till.clock);
        reports = new SalesReports(till.db);
        CashDrawerService drawer = new CashDrawerService(till.db, till.changes, till.clock, DrawerSettings.DEFAULT);
        days = new DayCloseService(till.db, till.changes, till.clock, SHOP_ZONE, DrawerSettings.DEFAULT);
        a = till.product("A", 10_000, 500, 100);
        b = till.product("B", 2_000, 1200, 100);
        c = till.product("C", 5_000, 1800, 100);
        till.clock.set(at(9, 0));
        drawer.openFloat(till.cashier, 500_000);
        Bill one = sell(at(9, 15), till.cashier, null, List.of(new Line(a.id(), 2), new Line(b.id(), 1)), PaymentDraft.cash(23_240, 25_000));
        Bill two = sell(at(10, 0), till.supervisor, null, List.of(new Line(c.id(), 1)), PaymentDraft.exact(PaymentMethod.CARD, 5_900));
        sell(at(11, 0), till.cashier, null, List.of(new Line(a.id(), 1, null, null, Discount.percent(500)), new Line(c.id(), 1)),
                PaymentDraft.cash(15_875, 15_875));
        Bill voided = sell(at(12, 0), till.cashier, null, List.of(new Line(b.id(), 3)), PaymentDraft.exact(PaymentMethod.CARD, 6_720));
        bills.voidBill(till.supervisor, voided.id(), "customer changed mind");
        sell(at(12, 30), till.cashier, Discount.amount(100), List.of(new Line(b.id(), 1)), PaymentDraft.exact(PaymentMethod.UPI, 2_128));
        till.clock.set(at(13, 0));
        drawer.cashIn(till.cashier, 200_000, "change from the bank");
        till.clock.set(at(14, 0));
        drawer.cashOut(till.cashier, 35_000, "cleaning supplies");
        giveBack(at(15, 0), till.cashier, one, "CASH", "too many");
        giveBack(at(16, 0), till.supervisor, two, "CARD", "wrong size");
        till.clock.set(at(21, 0));
        day = new ReportRange(TillFixture.SHOP, SHOP_ZONE, MAR_2, MAR_2);
    }

    @AfterEach
    void close() {
        till.close();
    }

    static long at(int hour, int minute) {
        return LocalDateTime.of(MAR_2, LocalTime.of(hour, minute)).atZone(SHOP_ZONE).toInstant().toEpochMilli();
    }

    private Bill sell(long when, Actor who, Discount billDiscount, List<Line> lines, PaymentDraft... payments) {
        till.clock.set(when);
        return bills.create(who, new BillDraft(null, lines, List.of(payments), null, billDiscount,
                billDiscount == null ? null : "regular customer", null));
    }

    /** One unit of the bill's first line back to stock. */
    private void giveBack(long when, Actor who, Bill bill, String method, String reason) {
        till.clock.set(when);
        int line = returns.original(bill.id()).orElseThrow().lines().get(0).lineNo();
        returns.create(who, new ReturnDraft(bill.id(), method, reason, null, List.of(new ReturnDraft.Line(line, null, 1, true)), null));
    }

    @Test
    void theXReportCarriesDiscountsReturnsVoidsAndTheCashRefundsComeOutOfTheDrawer() {
        DayTotals x = days.xReport(till.cashier).totals();
        assertThat(x).isEqualTo(KNOWN_DAY);
        assertThat(Money.format(x.net())).isEqualTo(Money.format(30_743));
    }

    @Test
    void theZFreezesTheSameTotalsAndTheNextDayStartsAfterItsReturns() {
        ZReportPayload z = days.closeDay(till.cashier, CountInput.ofTotal(693_615), null);
        assertThat(z.totals()).isEqualTo(KNOWN_DAY);
        assertThat(z.count().variance()).isZero();
        till.clock.set(at(22, 0));
        DayTotals next = days.xReport(till.cashier).totals();
        assertThat(next.returnCount()).isZero();
        assertThat(next.returnTotal()).isZero();
        assertThat(next.lastReturnNumber()).isEqualTo(2);
        assertThat(next.expectedCash()).isZero();
    }

    @Test
    void aPerCashierXReportCoversOnlyThatCashiersShift() {
        DayTotals cara = days.xReport(till.cashier, till.cashier.userId()).totals();
        assertThat(cara.bills()).isEqualTo(3);
        assertThat(cara.total()).isEqualTo(41_243);
        assertThat(cara.discounts()).isEqualTo(600);
        assertThat(cara.returnTotal()).isEqualTo(10_500);
        assertThat(cara.voidCount()).isEqualTo(1);
        assertThat(cara.expectedCash()).isEqualTo(693_615);
        DayTotals sam = days.xReport(till.cashier, till.supervisor.userId()).totals();
        assertThat(sam.bills()).isEqualTo(1);
        assertThat(sam.net()).isZero();
        assertThat(sam.floatTotal()).isZero();
        assertThat(sam.expectedCash()).isZero();
        assertThat(sam.billRange()).isEqualTo(KNOWN_DAY.billRange());
        assertThat(Math.addExact(cara.net(), sam.net())).isEqualTo(KNOWN_DAY.net());
    }

    @Test
    void reportTotalsCountDiscountsAndTakeTheRefundsOff() {
        Totals t = reports.totals(day);
        assertThat(t).isEqualTo(new Totals(4, 43_400, 3_743, 47_143, 2, 600, 2, 16_400));
        assertThat(Money.format(t.net())).isEqualTo(Money.format(30_743));
        assertThat(reports.voids(day)).isEqualTo(new Voids(1, 6_720));
    }

    @Test
    void everySectionIsNetOfTheRefundsAndAddsUpToTheTakings() {
        assertThat(reports.byDay(day)).containsExactly(new Day(MAR_2, 4, 30_743));
        List<Hour> hours = reports.byHour(day);
        assertThat(hours.get(9)).isEqualTo(new Hour(9, 1, 23_240));
        assertThat(hours.get(15)).isEqualTo(new Hour(15, 0, -10_500));
        assertThat(hours.get(16)).isEqualTo(new Hour(16, 0, -5_900));
        assertThat(hours.stream().mapToLong(Hour::total).sum()).isEqualTo(30_743);
        assertThat(reports.byCashier(day)).containsExactly(new CashierSales(till.cashier.userId(), "Cara Cashier", 3, 30_743),
                new CashierSales(till.supervisor.userId(), "Sam Supervisor", 1, 0));
        assertThat(reports.byPaymentMethod(day)).containsExactly(new PaymentSales("CARD", 1, 0),
                new PaymentSales("CASH", 2, 28_615), new PaymentSales("UPI", 1, 2_128));
        assertThat(reports.taxSummary(day)).containsExactly(new TaxLine(500, 19_500, 975, 20_475),
                new TaxLine(1200, 3_900, 468, 4_368), new TaxLine(1800, 5_000, 900, 5_900));
        assertThat(reports.topProducts(day, 10)).containsExactly(new ProductSales(a.id(), "A", a.name(), 2, 20_475),
                new ProductSales(c.id(), "C", c.name(), 1, 5_900), new ProductSales(b.id(), "B", b.name(), 2, 4_368));
        assertThat(reports.returns(day)).extracting(ReportRows.Return::total).containsExactly(10_500L, 5_900L);
        assertThat(reports.returns(day)).extracting(ReportRows.Return::reason).containsExactly("too many", "wrong size");
    }

    @Test
    void theReportsTakingsEqualTheXReportsNet() {
        assertThat(reports.totals(day).net()).isEqualTo(days.xReport(till.cashier).totals().net());
        long byRate = reports.taxSummary(day).stream().mapToLong(TaxLine::total).sum();
        assertThat(byRate).isEqualTo(KNOWN_DAY.net());
    }

    @Test
    void theOnePassReadGivesExactlyTheRowsOfEachSectionsOwnQueryWithReturns() {
        for (ReportRange r : List.of(day, new ReportRange(TillFixture.SHOP, SHOP_ZONE, MAR_2.minusDays(1), MAR_2.plusDays(1)))) {
            assertThat(reports.all(r, 2)).isEqualTo(new ReportRows.All(reports.totals(r), reports.byDay(r), reports.byHour(r),
                    reports.topProducts(r, 2), reports.byCashier(r), reports.byPaymentMethod(r), reports.taxSummary(r),
                    reports.voids(r), reports.voidedBills(r), reports.returns(r)));
        }
    }

    @Test
    void afterAZTheFinishedDaysOfTheMonthAreKeptForTheReportsButNotToday() {
        days.closeDay(till.cashier, CountInput.ofTotal(693_615), null);
        days.keepReportDays(TillFixture.SHOP);
        var kept = till.db.dsl().select(REPORT_DAY.DAY).from(REPORT_DAY).fetch(REPORT_DAY.DAY);
        assertThat(kept).hasSize(31).contains("2026-03-01", "2026-01-30").doesNotContain("2026-03-02");
        assertThat(reports.all(day, 10)).isEqualTo(new ReportRows.All(reports.totals(day), reports.byDay(day), reports.byHour(day),
                reports.topProducts(day, 10), reports.byCashier(day), reports.byPaymentMethod(day), reports.taxSummary(day),
                reports.voids(day), reports.voidedBills(day), reports.returns(day)));
    }

    @Test
    void theBusinessDateTakesTheMeasuredOffsetToTheServersClock() {
        days.closeDay(till.cashier, CountInput.ofTotal(693_615), null);
        // the till's clock says 3 March 22:30; the server's is two hours ahead (4 March 00:30 in the shop)
        till.clock.set(LocalDateTime.of(MAR_2.plusDays(1), LocalTime.of(22, 30)).atZone(SHOP_ZONE).toInstant().toEpochMilli());
        assertThat(days.xReport(till.cashier).businessDate()).isEqualTo(MAR_2.plusDays(1));
        var skewed = new DayCloseService(till.db, till.changes, till.clock, SHOP_ZONE, DrawerSettings.DEFAULT, () -> 7_200_000L);
        assertThat(skewed.xReport(till.cashier).businessDate()).isEqualTo(MAR_2.plusDays(2));
        assertThat(skewed.closeDay(till.cashier, CountInput.ofTotal(0), null).businessDate()).isEqualTo("2026-03-04");
        // an offset the other way cannot take the date back before the day after the last Z
        var behind = new DayCloseService(till.db, till.changes, till.clock, SHOP_ZONE, DrawerSettings.DEFAULT, () -> -172_800_000L);
        assertThat(behind.xReport(till.cashier).businessDate()).isEqualTo(MAR_2.plusDays(3));
    }
}
