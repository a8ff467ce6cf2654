package shopdesk.dal.report;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.impl.DSL;
import shopdesk.dal.db.Database;
import shopdesk.dal.report.ReportRows.All;
import shopdesk.dal.report.ReportRows.CashierSales;
import shopdesk.dal.report.ReportRows.Day;
import shopdesk.dal.report.ReportRows.Hour;
import shopdesk.dal.report.ReportRows.ProductSales;
import shopdesk.dal.report.ReportRows.TaxLine;
import shopdesk.dal.report.ReportRows.Totals;
import shopdesk.dal.report.ReportRows.Voids;
import shopdesk.protocol.BillStatus;

/**
 * The whole report screen in three walks of the range instead of one per section: the bills alone (totals, days,
 * hours, cashiers, voids), their items grouped by product and tax rate (top products and the tax summary), and
 * their payments; voided bills are listed only when there are some. The range's returns (few) are read once and
 * taken off every section ({@link Netting}). Same rows as {@link SalesReports}' methods,
 * which stay the reference (the suite compares both).
 */
public final class OnePassReport {
    private final Database db;
    private final SalesReports reports;

    OnePassReport(Database db, SalesReports reports) {
        this.db = db;
        this.reports = reports;
    }

    public All read(ReportRange r, int topProducts) {
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) days.put(d, new long[2]);
        long[][] hours = new long[24][2];
        Map<String, long[]> cashiers = new HashMap<>();
        long[] sold = new long[4];
        long[] voided = new long[2];
        long[] discounts = new long[2];
        db.dsl().select(BILL.CLIENT_CREATED_AT, BILL.STATUS, BILL.SUBTOTAL, BILL.TAX_TOTAL, BILL.TOTAL, BILL.USER_ID,
                        BILL.DISCOUNT_TOTAL)
                .from(BILL).where(BILL.SHOP_ID.eq(r.shopId())).and(BILL.CLIENT_CREATED_AT.ge(r.startMillis()))
                .and(BILL.CLIENT_CREATED_AT.lt(r.endMillis())).fetchSize(1000)
                .forEach(x -> {
                    long total = x.value5();
                    if (!BillStatus.COMPLETED.code().equals(x.value2())) {
                        if (BillStatus.VOIDED.code().equals(x.value2())) add(voided, total);
                        return;
                    }
                    sold[0]++;
                    sold[1] = Math.addExact(sold[1], x.value3());
                    sold[2] = Math.addExact(sold[2], x.value4());
                    sold[3] = Math.addExact(sold[3], total);
                    Long off = x.value7();
                    if (off != null && off > 0) add(discounts, off);
                    ZonedDateTime at = ZonedDateTime.ofInstant(Instant.ofEpochMilli(x.value1()), r.zone());
                    add(days.get(at.toLocalDate()), total);
                    add(hours[at.getHour()], total);
                    add(cashiers.computeIfAbsent(x.value6(), k -> new long[2]), total);
                });
        RangeReturns back = RangeReturns.load(db, r);
        Netting.days(days, back, r);
        Netting.hours(hours, back, r);
        List<Day> dayRows = new ArrayList<>(days.size());
        days.forEach((d, v) -> dayRows.add(new Day(d, v[0], v[1])));
        List<Hour> hourRows = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) hourRows.add(new Hour(h, hours[h][0], hours[h][1]));
        Map<String, String> names = new HashMap<>();
        if (!cashiers.isEmpty()) {
            db.dsl().select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.in(cashiers.keySet()))
                    .forEach(u -> names.put(u.value1(), u.value2()));
        }
        Netting.cashiers(cashiers, names, back);
        List<CashierSales> cashierRows = Netting.cashierRows(cashiers, names);
        Voids voids = new Voids(voided[0], voided[1]);
        ItemSections items = items(r, topProducts, back);
        return new All(new Totals(sold[0], sold[1], sold[2], sold[3], discounts[0], discounts[1], back.refunds().size(),
                back.refunded()), dayRows, hourRows, items.products(), cashierRows,
                Netting.payments(reports.soldByPaymentMethod(r), back), items.tax(), voids,
                voids.bills() == 0 ? List.of() : reports.voidedBills(r), back.rows());
    }

    private record ItemSections(List<ProductSales> products, List<TaxLine> tax) {
    }

    /** One walk of the sold items grouped by product and rate: both the top products and the tax summary. */
    private ItemSections items(ReportRange r, int limit, RangeReturns back) {
        Map<String, ProductSales> products = new HashMap<>();
        Map<Integer, long[]> rates = new TreeMap<>();
        db.dsl().select(BILL_ITEM.PRODUCT_ID, BILL_ITEM.TAX_RATE_BP, DSL.max(BILL_ITEM.SKU), DSL.max(BILL_ITEM.NAME),
                        DSL.sum(BILL_ITEM.QUANTITY), DSL.sum(BILL_ITEM.LINE_SUBTOTAL), DSL.sum(BILL_ITEM.LINE_TAX),
                        DSL.sum(BILL_ITEM.LINE_TOTAL))
                .from(BILL).join(BILL_ITEM).on(BILL_ITEM.BILL_ID.eq(BILL.ID))
                .where(BILL.SHOP_ID.eq(r.shopId())).and(BILL.CLIENT_CREATED_AT.ge(r.startMillis()))
                .and(BILL.CLIENT_CREATED_AT.lt(r.endMillis())).and(BILL.STATUS.eq(BillStatus.COMPLETED.code()))
                .groupBy(BILL_ITEM.PRODUCT_ID, BILL_ITEM.TAX_RATE_BP)
                .forEach(x -> {
                    long qty = x.value5().longValue();
                    long total = x.value8().longValue();
                    Netting.add(products, new ProductSales(x.value1(), x.value3(), x.value4(), qty, total));
                    long[] rate = rates.computeIfAbsent(x.value2(), k -> new long[3]);
                    rate[0] = Math.addExact(rate[0], x.value6().longValue());
                    rate[1] = Math.addExact(rate[1], x.value7().longValue());
                    rate[2] = Math.addExact(rate[2], total);
                });
        return new ItemSections(Netting.top(products, back, limit), Netting.tax(rates, back));
    }

    private static void add(long[] bucket, long total) {
        bucket[0]++;
        bucket[1] = Math.addExact(bucket[1], total);
    }
}
