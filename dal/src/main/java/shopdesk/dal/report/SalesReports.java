package shopdesk.dal.report;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.PAYMENT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import shopdesk.dal.db.Database;
import shopdesk.dal.report.ReportRows.CashierSales;
import shopdesk.dal.report.ReportRows.Day;
import shopdesk.dal.report.ReportRows.Hour;
import shopdesk.dal.report.ReportRows.PaymentSales;
import shopdesk.dal.report.ReportRows.ProductSales;
import shopdesk.dal.report.ReportRows.Return;
import shopdesk.dal.report.ReportRows.TaxLine;
import shopdesk.dal.report.ReportRows.Totals;
import shopdesk.dal.report.ReportRows.VoidedBill;
import shopdesk.dal.report.ReportRows.Voids;
import shopdesk.protocol.BillStatus;

/**
 * The till's sales reports for a range of days, from its own database. Every query walks the bills of the range
 * through {@code ix_bill_created} (shop, client_created_at); days and hours are bucketed in Java so that the
 * shop's time zone (with its daylight saving changes) is applied the same way on every dialect. Returns reduce the
 * takings in every section ({@link Netting}): amounts are net of refunds, counts are of sales.
 */
public final class SalesReports {
    /** More voided bills than this in one range are counted but not listed. */
    public static final int VOIDS_LISTED = 500;
    private final Database db;
    private final Clock clock;

    public SalesReports(Database db) {
        this(db, Clock.systemUTC());
    }

    /** {@code clock} only says which days are over and may be kept (a kept day is rechecked against its bills). */
    public SalesReports(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every section at once, finished days from the kept ones (see {@link OnePassReport}); what the screen loads. */
    public ReportRows.All all(ReportRange r, int topProducts) {
        return new OnePassReport(db, this, clock).read(r, topProducts);
    }

    /** Completed sales, their discounts, and the range's returns (whose refunds {@link Totals#net()} takes off). */
    public Totals totals(ReportRange r) {
        var row = db.dsl().select(DSL.count(), DSL.sum(BILL.SUBTOTAL), DSL.sum(BILL.TAX_TOTAL), DSL.sum(BILL.TOTAL),
                        DSL.count().filterWhere(BILL.DISCOUNT_TOTAL.gt(0L)), DSL.sum(BILL.DISCOUNT_TOTAL))
                .from(BILL).where(bills(r, BillStatus.COMPLETED)).fetchOne();
        RangeReturns back = RangeReturns.load(db, r);
        return new Totals(row.value1(), minor(row.value2()), minor(row.value3()), minor(row.value4()), row.value5(),
                minor(row.value6()), back.refunds().size(), back.refunded());
    }

    /** Every day of the range, days without sales included (a chart shows the gap); totals net of refunds. */
    public List<Day> byDay(ReportRange r) {
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) days.put(d, new long[2]);
        forEachSale(r, (at, total) -> add(days.get(at.toLocalDate()), total));
        Netting.days(days, RangeReturns.load(db, r), r);
        List<Day> out = new ArrayList<>(days.size());
        days.forEach((d, v) -> out.add(new Day(d, v[0], v[1])));
        return out;
    }

    /** The 24 hours of the day, summed over the range, net of refunds. */
    public List<Hour> byHour(ReportRange r) {
        long[][] hours = new long[24][2];
        forEachSale(r, (at, total) -> add(hours[at.getHour()], total));
        Netting.hours(hours, RangeReturns.load(db, r), r);
        List<Hour> out = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) out.add(new Hour(h, hours[h][0], hours[h][1]));
        return out;
    }

    /** Best sellers by amount, returned units and refunds taken off; {@code limit} rows at most. */
    public List<ProductSales> topProducts(ReportRange r, int limit) {
        Map<String, ProductSales> products = new HashMap<>();
        db.dsl().select(BILL_ITEM.PRODUCT_ID, DSL.max(BILL_ITEM.SKU), DSL.max(BILL_ITEM.NAME),
                        DSL.sum(BILL_ITEM.QUANTITY), DSL.sum(BILL_ITEM.LINE_TOTAL))
                .from(BILL).join(BILL_ITEM).on(BILL_ITEM.BILL_ID.eq(BILL.ID))
                .where(bills(r, BillStatus.COMPLETED))
                .groupBy(BILL_ITEM.PRODUCT_ID)
                .forEach(x -> Netting.add(products, new ProductSales(x.value1(), x.value2(), x.value3(), minor(x.value4()),
                        minor(x.value5()))));
        return Netting.top(products, RangeReturns.load(db, r), limit);
    }

    /** Per cashier: their sales, less the refunds they gave. */
    public List<CashierSales> byCashier(ReportRange r) {
        Map<String, long[]> cashiers = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        db.dsl().select(BILL.USER_ID, DSL.max(APP_USER.DISPLAY_NAME), DSL.count(), DSL.sum(BILL.TOTAL))
                .from(BILL).leftJoin(APP_USER).on(APP_USER.ID.eq(BILL.USER_ID))
                .where(bills(r, BillStatus.COMPLETED))
                .groupBy(BILL.USER_ID)
                .forEach(x -> {
                    cashiers.put(x.value1(), new long[] {x.value3(), minor(x.value4())});
                    if (x.value2() != null) names.put(x.value1(), x.value2());
                });
        Netting.cashiers(cashiers, names, RangeReturns.load(db, r));
        return Netting.cashierRows(cashiers, names);
    }

    /** Per method: payments of sales, less the refunds paid back that way. */
    public List<PaymentSales> byPaymentMethod(ReportRange r) {
        return Netting.payments(soldByPaymentMethod(r), RangeReturns.load(db, r));
    }

    List<PaymentSales> soldByPaymentMethod(ReportRange r) {
        return db.dsl().select(PAYMENT.METHOD, DSL.count(), DSL.sum(PAYMENT.AMOUNT))
                .from(BILL).join(PAYMENT).on(PAYMENT.BILL_ID.eq(BILL.ID))
                .where(bills(r, BillStatus.COMPLETED))
                .groupBy(PAYMENT.METHOD).orderBy(PAYMENT.METHOD)
                .fetch(x -> new PaymentSales(x.value1(), x.value2(), minor(x.value3())));
    }

    /** Per tax rate, lowest rate first, returned lines taken off (credit notes reduce what is due). */
    public List<TaxLine> taxSummary(ReportRange r) {
        Map<Integer, long[]> rates = new TreeMap<>();
        db.dsl().select(BILL_ITEM.TAX_RATE_BP, DSL.sum(BILL_ITEM.LINE_SUBTOTAL), DSL.sum(BILL_ITEM.LINE_TAX),
                        DSL.sum(BILL_ITEM.LINE_TOTAL))
                .from(BILL).join(BILL_ITEM).on(BILL_ITEM.BILL_ID.eq(BILL.ID))
                .where(bills(r, BillStatus.COMPLETED))
                .groupBy(BILL_ITEM.TAX_RATE_BP)
                .forEach(x -> rates.put(x.value1(), new long[] {minor(x.value2()), minor(x.value3()), minor(x.value4())}));
        return Netting.tax(rates, RangeReturns.load(db, r));
    }

    public Voids voids(ReportRange r) {
        var row = db.dsl().select(DSL.count(), DSL.sum(BILL.TOTAL)).from(BILL).where(bills(r, BillStatus.VOIDED)).fetchOne();
        return new Voids(row.value1(), minor(row.value2()));
    }

    /** The voided bills of the range, oldest first, at most {@link #VOIDS_LISTED}. */
    public List<VoidedBill> voidedBills(ReportRange r) {
        var voider = APP_USER.as("voider");
        return db.dsl().select(BILL.LOCAL_LABEL, BILL.CLIENT_CREATED_AT, BILL.TOTAL, BILL.VOID_REASON,
                        DSL.coalesce(voider.DISPLAY_NAME, BILL.VOIDED_BY))
                .from(BILL).leftJoin(voider).on(voider.ID.eq(BILL.VOIDED_BY))
                .where(bills(r, BillStatus.VOIDED))
                .orderBy(BILL.CLIENT_CREATED_AT, BILL.LOCAL_LABEL).limit(VOIDS_LISTED)
                .fetch(x -> new VoidedBill(x.value1(), x.value2(), x.value3(), x.value4(), x.value5()));
    }

    /** The completed returns of the range, oldest first. */
    public List<Return> returns(ReportRange r) {
        return RangeReturns.load(db, r).rows();
    }

    private Condition bills(ReportRange r, BillStatus status) {
        return BILL.SHOP_ID.eq(r.shopId())
                .and(BILL.CLIENT_CREATED_AT.ge(r.startMillis()))
                .and(BILL.CLIENT_CREATED_AT.lt(r.endMillis()))
                .and(BILL.STATUS.eq(status.name()));
    }

    private void forEachSale(ReportRange r, SaleVisitor visitor) {
        db.dsl().select(BILL.CLIENT_CREATED_AT, BILL.TOTAL).from(BILL).where(bills(r, BillStatus.COMPLETED))
                .fetchSize(1000)
                .forEach(x -> visitor.visit(ZonedDateTime.ofInstant(Instant.ofEpochMilli(x.value1()), r.zone()), x.value2()));
    }

    private static void add(long[] bucket, long total) {
        bucket[0]++;
        bucket[1] += total;
    }

    private static long minor(Number n) {
        return n == null ? 0 : n.longValue();
    }

    private interface SaleVisitor {
        void visit(ZonedDateTime at, long total);
    }
}
