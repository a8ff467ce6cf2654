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
import org.jooq.Condition;
import org.jooq.impl.DSL;
import shopdesk.dal.db.Database;
import shopdesk.dal.report.ReportRows.All;
import shopdesk.dal.report.ReportRows.CashierSales;
import shopdesk.dal.report.ReportRows.Day;
import shopdesk.dal.report.ReportRows.Hour;
import shopdesk.dal.report.ReportRows.PaymentSales;
import shopdesk.dal.report.ReportRows.ProductSales;
import shopdesk.dal.report.ReportRows.Totals;
import shopdesk.dal.report.ReportRows.Voids;
import shopdesk.protocol.BillStatus;

/**
 * The whole report screen, a day at a time: a finished day whose bills still match the signature it was computed
 * from comes from {@link DayCache}; any other day is read in three walks of its bills (the bills alone for totals,
 * hours, cashiers, discounts and voids; their items grouped by product and tax rate; their payments) and, once the
 * day is over, kept. The days' sums are added, then the range's returns (few, read live) are taken off every
 * section ({@link Netting}); voided bills are listed only when there are some. Same rows as {@link SalesReports}'
 * methods, which stay the reference (the suite compares both, with and without kept days).
 */
public final class OnePassReport {
    private final Database db;
    private final SalesReports reports;
    private final Clock clock;

    OnePassReport(Database db, SalesReports reports, Clock clock) {
        this.db = db;
        this.reports = reports;
        this.clock = clock;
    }

    public All read(ReportRange r, int topProducts) {
        DayCache cache = new DayCache(db, r.shopId(), r.zone().getId());
        Map<LocalDate, DayCache.Entry> kept = cache.load(r.from(), r.to());
        Map<LocalDate, DayCache.Entry> toKeep = new LinkedHashMap<>();
        long now = clock.millis();
        DaySections range = new DaySections();
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
            long start = d.atStartOfDay(r.zone()).toInstant().toEpochMilli();
            long end = d.plusDays(1).atStartOfDay(r.zone()).toInstant().toEpochMilli();
            DayCache.Signature signature = cache.signature(start, end);
            DayCache.Entry entry = kept.get(d);
            DaySections day;
            if (entry != null && entry.signature().equals(signature)) {
                day = DaySections.fromJson(entry.sections());
            } else {
                day = signature.bills() == 0 ? new DaySections() : read(r, start, end);
                if (end <= now) toKeep.put(d, new DayCache.Entry(signature, day.toJson()));
            }
            days.put(d, new long[] {day.sold[0], day.sold[3]});
            range.add(day);
        }
        cache.store(toKeep, now);
        return all(r, topProducts, range, days);
    }

    private All all(ReportRange r, int topProducts, DaySections range, Map<LocalDate, long[]> days) {
        RangeReturns back = RangeReturns.load(db, r);
        Netting.days(days, back, r);
        Netting.hours(range.hours, back, r);
        List<Day> dayRows = new ArrayList<>(days.size());
        days.forEach((d, v) -> dayRows.add(new Day(d, v[0], v[1])));
        List<Hour> hourRows = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) hourRows.add(new Hour(h, range.hours[h][0], range.hours[h][1]));
        Map<String, String> names = new HashMap<>();
        if (!range.cashiers.isEmpty()) {
            db.dsl().select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.in(range.cashiers.keySet()))
                    .forEach(u -> names.put(u.value1(), u.value2()));
        }
        Netting.cashiers(range.cashiers, names, back);
        List<CashierSales> cashierRows = Netting.cashierRows(range.cashiers, names);
        List<PaymentSales> sold = new ArrayList<>();
        range.payments.forEach((m, v) -> sold.add(new PaymentSales(m, v[0], v[1])));
        Voids voids = new Voids(range.voids[0], range.voids[1]);
        long[] s = range.sold;
        return new All(new Totals(s[0], s[1], s[2], s[3], range.discounts[0], range.discounts[1], back.refunds().size(),
                back.refunded()), dayRows, hourRows, Netting.top(range.products, back, topProducts), cashierRows,
                Netting.payments(sold, back), Netting.tax(range.rates, back), voids,
                voids.bills() == 0 ? List.of() : reports.voidedBills(r), back.rows());
    }

    /** One day's sections from its bills, items and payments. */
    private DaySections read(ReportRange r, long start, long end) {
        DaySections d = new DaySections();
        Condition day = BILL.SHOP_ID.eq(r.shopId()).and(BILL.CLIENT_CREATED_AT.ge(start)).and(BILL.CLIENT_CREATED_AT.lt(end));
        Condition sold = day.and(BILL.STATUS.eq(BillStatus.COMPLETED.code()));
        db.dsl().select(BILL.CLIENT_CREATED_AT, BILL.STATUS, BILL.SUBTOTAL, BILL.TAX_TOTAL, BILL.TOTAL, BILL.USER_ID,
                        BILL.DISCOUNT_TOTAL)
                .from(BILL).where(day).fetchSize(1000)
                .forEach(x -> {
                    long total = x.value5();
                    if (!BillStatus.COMPLETED.code().equals(x.value2())) {
                        if (BillStatus.VOIDED.code().equals(x.value2())) add(d.voids, total);
                        return;
                    }
                    d.sold[0]++;
                    d.sold[1] = Math.addExact(d.sold[1], x.value3());
                    d.sold[2] = Math.addExact(d.sold[2], x.value4());
                    d.sold[3] = Math.addExact(d.sold[3], total);
                    Long off = x.value7();
                    if (off != null && off > 0) add(d.discounts, off);
                    ZonedDateTime at = ZonedDateTime.ofInstant(Instant.ofEpochMilli(x.value1()), r.zone());
                    add(d.hours[at.getHour()], total);
                    add(d.cashiers.computeIfAbsent(x.value6(), k -> new long[2]), total);
                });
        db.dsl().select(BILL_ITEM.PRODUCT_ID, BILL_ITEM.TAX_RATE_BP, DSL.max(BILL_ITEM.SKU), DSL.max(BILL_ITEM.NAME),
                        DSL.sum(BILL_ITEM.QUANTITY), DSL.sum(BILL_ITEM.LINE_SUBTOTAL), DSL.sum(BILL_ITEM.LINE_TAX),
                        DSL.sum(BILL_ITEM.LINE_TOTAL))
                .from(BILL).join(BILL_ITEM).on(BILL_ITEM.BILL_ID.eq(BILL.ID)).where(sold)
                .groupBy(BILL_ITEM.PRODUCT_ID, BILL_ITEM.TAX_RATE_BP)
                .forEach(x -> {
                    long total = x.value8().longValue();
                    Netting.add(d.products, new ProductSales(x.value1(), x.value3(), x.value4(), x.value5().longValue(), total));
                    long[] rate = d.rates.computeIfAbsent(x.value2(), k -> new long[3]);
                    rate[0] = Math.addExact(rate[0], x.value6().longValue());
                    rate[1] = Math.addExact(rate[1], x.value7().longValue());
                    rate[2] = Math.addExact(rate[2], total);
                });
        db.dsl().select(PAYMENT.METHOD, DSL.count(), DSL.sum(PAYMENT.AMOUNT))
                .from(BILL).join(PAYMENT).on(PAYMENT.BILL_ID.eq(BILL.ID)).where(sold).groupBy(PAYMENT.METHOD)
                .forEach(x -> d.payments.put(x.value1(), new long[] {x.value2(), x.value3() == null ? 0 : x.value3().longValue()}));
        return d;
    }

    private static void add(long[] bucket, long total) {
        bucket[0]++;
        bucket[1] = Math.addExact(bucket[1], total);
    }
}
