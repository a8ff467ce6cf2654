package shopdesk.dal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.REPORT_DAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.common.Actor;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.product.Product;
import shopdesk.dal.report.ReportRows.CashierSales;
import shopdesk.dal.report.ReportRows.Day;
import shopdesk.dal.report.ReportRows.Hour;
import shopdesk.dal.report.ReportRows.PaymentSales;
import shopdesk.dal.report.ReportRows.ProductSales;
import shopdesk.dal.report.ReportRows.TaxLine;
import shopdesk.dal.report.ReportRows.Totals;
import shopdesk.dal.report.ReportRows.Voids;
import shopdesk.dal.testing.TillFixture;

/**
 * The reports over a table of known bills, checked to the minor unit. Prices are chosen so that every line's tax
 * is exact: A 100.00 at 5%, B 20.00 at 12%, C 50.00 at 18%. The shop is in Kolkata (UTC+5:30), so a bill at 02:00
 * local time on 3 March is on 2 March in UTC and must still count for 3 March.
 *
 * <pre>
 *  bill  local time           who   lines       paid                     total   in range
 *  1     2 Mar 09:15          cara  2A + 1B     cash 23 240 (of 25 000)  23 240  yes
 *  2     3 Mar 02:00          sam   1C          card                      5 900  yes
 *  3     3 Mar 14:00          cara  1A + 1C     cash 10 000 + upi 6 400  16 400  yes
 *  4     3 Mar 15:00          cara  3B          card, then voided         6 720  yes (void)
 *  5     1 Mar 23:59          cara  1A          cash                     10 500  no (day before)
 *  6     4 Mar 00:00          cara  1A          cash                     10 500  no (day after)
 * </pre>
 */
abstract class AbstractSalesReportsTest {
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Kolkata");
    static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);
    static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);

    @TempDir Path dir;
    TillFixture till;
    BillService bills;
    SalesReports reports;
    Product a;
    Product b;
    Product c;
    ReportRange range;

    abstract Dialect dialect();

    @BeforeEach
    void knownBills() {
        till = new TillFixture(dialect(), dir);
        bills = new BillService(till.db, till.changes, till.clock);
        reports = new SalesReports(till.db);
        a = till.product("A", 10_000, 500, 100);
        b = till.product("B", 2_000, 1200, 100);
        c = till.product("C", 5_000, 1800, 100);
        sell(at(MAR_2, 9, 15), till.cashier, List.of(new Line(a.id(), 2), new Line(b.id(), 1)), PaymentDraft.cash(23_240, 25_000));
        sell(at(MAR_3, 2, 0), till.supervisor, List.of(new Line(c.id(), 1)), PaymentDraft.exact(PaymentMethod.CARD, 5_900));
        sell(at(MAR_3, 14, 0), till.cashier, List.of(new Line(a.id(), 1), new Line(c.id(), 1)),
                PaymentDraft.cash(10_000, 10_000), PaymentDraft.exact(PaymentMethod.UPI, 6_400));
        Bill voided = sell(at(MAR_3, 15, 0), till.cashier, List.of(new Line(b.id(), 3)), PaymentDraft.exact(PaymentMethod.CARD, 6_720));
        bills.voidBill(till.supervisor, voided.id(), "customer changed mind");
        sell(at(MAR_2.minusDays(1), 23, 59), till.cashier, List.of(new Line(a.id(), 1)), PaymentDraft.cash(10_500, 10_500));
        sell(at(MAR_3.plusDays(1), 0, 0), till.cashier, List.of(new Line(a.id(), 1)), PaymentDraft.cash(10_500, 10_500));
        range = new ReportRange(TillFixture.SHOP, SHOP_ZONE, MAR_2, MAR_3);
    }

    @AfterEach
    void close() {
        till.close();
    }

    private static long at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(SHOP_ZONE).toInstant().toEpochMilli();
    }

    private Bill sell(long when, Actor who, List<Line> lines, PaymentDraft... payments) {
        till.clock.set(when);
        return bills.create(who, new BillDraft(null, lines, List.of(payments), null));
    }

    @Test
    void totalsCountOnlyTheCompletedBillsOfTheRange() {
        assertThat(reports.totals(range)).isEqualTo(new Totals(3, 42_000, 3_540, 45_540));
    }

    @Test
    void salesByDayPlaceABillOnTheShopsLocalDay() {
        assertThat(reports.byDay(range)).containsExactly(new Day(MAR_2, 1, 23_240), new Day(MAR_3, 2, 22_300));
    }

    @Test
    void daysWithoutSalesAreListedWithZero() {
        var week = new ReportRange(TillFixture.SHOP, SHOP_ZONE, MAR_2, MAR_2.plusDays(6));
        assertThat(reports.byDay(week)).hasSize(7).last().isEqualTo(new Day(MAR_2.plusDays(6), 0, 0));
    }

    @Test
    void salesByHourUseTheShopsLocalHour() {
        List<Hour> hours = reports.byHour(range);
        assertThat(hours).hasSize(24);
        assertThat(hours.get(9)).isEqualTo(new Hour(9, 1, 23_240));
        assertThat(hours.get(2)).isEqualTo(new Hour(2, 1, 5_900));
        assertThat(hours.get(14)).isEqualTo(new Hour(14, 1, 16_400));
        assertThat(hours.stream().mapToLong(Hour::total).sum()).isEqualTo(45_540);
    }

    @Test
    void topProductsAreOrderedByAmount() {
        assertThat(reports.topProducts(range, 10)).containsExactly(
                new ProductSales(a.id(), "A", a.name(), 3, 31_500),
                new ProductSales(c.id(), "C", c.name(), 2, 11_800),
                new ProductSales(b.id(), "B", b.name(), 1, 2_240));
        assertThat(reports.topProducts(range, 1)).hasSize(1);
    }

    @Test
    void salesByCashierNameTheCashier() {
        assertThat(reports.byCashier(range)).containsExactly(
                new CashierSales(till.cashier.userId(), "Cara Cashier", 2, 39_640),
                new CashierSales(till.supervisor.userId(), "Sam Supervisor", 1, 5_900));
    }

    @Test
    void paymentMethodsCountTheAmountAppliedNotTheCashTendered() {
        assertThat(reports.byPaymentMethod(range)).containsExactly(
                new PaymentSales("CARD", 1, 5_900),
                new PaymentSales("CASH", 2, 33_240),
                new PaymentSales("UPI", 1, 6_400));
    }

    @Test
    void taxSummaryGivesEachRatesTaxableAmountAndTax() {
        assertThat(reports.taxSummary(range)).containsExactly(
                new TaxLine(500, 30_000, 1_500, 31_500),
                new TaxLine(1200, 2_000, 240, 2_240),
                new TaxLine(1800, 10_000, 1_800, 11_800));
    }

    @Test
    void voidsAreCountedAndListedWithWhoVoidedThem() {
        assertThat(reports.voids(range)).isEqualTo(new Voids(1, 6_720));
        var listed = reports.voidedBills(range);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).total()).isEqualTo(6_720);
        assertThat(listed.get(0).reason()).isEqualTo("customer changed mind");
        assertThat(listed.get(0).voidedBy()).isEqualTo("Sam Supervisor");
    }

    @Test
    void anEmptyRangeGivesZeroesNotNulls() {
        var empty = new ReportRange(TillFixture.SHOP, SHOP_ZONE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1));
        assertThat(reports.totals(empty)).isEqualTo(new Totals(0, 0, 0, 0));
        assertThat(reports.voids(empty)).isEqualTo(new Voids(0, 0));
        assertThat(reports.topProducts(empty, 10)).isEmpty();
        assertThat(reports.returns(empty)).isEmpty();
    }

    @Test
    void keptDaysGiveTheSameRowsAndAreReadAgainOnceTheirBillsChange() {
        ReportRange wide = new ReportRange(TillFixture.SHOP, SHOP_ZONE, MAR_2.minusDays(1), MAR_3.plusDays(1));
        ReportRows.All first = reports.all(wide, 10);
        assertThat(till.db.dsl().fetchCount(REPORT_DAY)).isEqualTo(4);
        assertThat(reports.all(wide, 10)).isEqualTo(first).isEqualTo(reference(wide, 10));
        // the second read really comes from the kept days: a kept day swapped for another is what it shows
        keepMarch3AsMarch2();
        assertThat(reports.all(range, 10).totals().bills()).isEqualTo(4);
        // a late void of a kept day's bill makes that day read again from its bills
        String firstBill = till.db.dsl().select(BILL.ID).from(BILL).where(BILL.LOCAL_NUMBER.eq(1L)).fetchOne(BILL.ID);
        till.clock.set(at(MAR_3.plusDays(2), 9, 0));
        bills.voidBill(till.supervisor, firstBill, "rung up twice");
        assertThat(reports.all(wide, 10)).isEqualTo(reference(wide, 10));
        assertThat(reports.all(range, 10).totals()).isEqualTo(new Totals(2, 20_000, 2_300, 22_300));
        // and so does a bill that reaches a kept day later (pulled from the server, a till clock set back)
        keepMarch3AsMarch2();
        sell(at(MAR_2, 18, 0), till.cashier, List.of(new Line(c.id(), 1)), PaymentDraft.exact(PaymentMethod.UPI, 5_900));
        assertThat(reports.all(wide, 10)).isEqualTo(reference(wide, 10));
        assertThat(reports.all(range, 10).totals()).isEqualTo(new Totals(3, 25_000, 3_200, 28_200));
    }

    private void keepMarch3AsMarch2() {
        String mar3 = till.db.dsl().select(REPORT_DAY.SECTIONS).from(REPORT_DAY).where(REPORT_DAY.DAY.eq(MAR_3.toString()))
                .fetchOne(REPORT_DAY.SECTIONS);
        till.db.dsl().update(REPORT_DAY).set(REPORT_DAY.SECTIONS, mar3).where(REPORT_DAY.DAY.eq(MAR_2.toString())).execute();
    }

    private ReportRows.All reference(ReportRange r, int top) {
        return new ReportRows.All(reports.totals(r), reports.byDay(r), reports.byHour(r), reports.topProducts(r, top),
                reports.byCashier(r), reports.byPaymentMethod(r), reports.taxSummary(r), reports.voids(r), reports.voidedBills(r),
                reports.returns(r));
    }

    @Test
    void theOnePassReadGivesExactlyTheRowsOfEachSectionsOwnQuery() {
        for (ReportRange r : List.of(range, new ReportRange(TillFixture.SHOP, SHOP_ZONE, MAR_2.minusDays(1), MAR_3.plusDays(1)),
                new ReportRange(TillFixture.SHOP, SHOP_ZONE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)))) {
            ReportRows.All all = reports.all(r, 2);
            assertThat(all).isEqualTo(new ReportRows.All(reports.totals(r), reports.byDay(r), reports.byHour(r),
                    reports.topProducts(r, 2), reports.byCashier(r), reports.byPaymentMethod(r), reports.taxSummary(r),
                    reports.voids(r), reports.voidedBills(r), reports.returns(r)));
        }
    }
}
