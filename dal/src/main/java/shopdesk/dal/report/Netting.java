package shopdesk.dal.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import shopdesk.dal.report.ReportRows.CashierSales;
import shopdesk.dal.report.ReportRows.PaymentSales;
import shopdesk.dal.report.ReportRows.ProductSales;
import shopdesk.dal.report.ReportRows.TaxLine;

/**
 * Takes a range's returns off the sections' sums, the same way for the one-pass read and for each section's own
 * query: a refund comes off its day, its hour, the cashier who gave it, its refund method; its lines come off their
 * product and tax rate. Counts of bills and payments stay counts of sales.
 */
final class Netting {
    private Netting() {
    }

    static void days(Map<LocalDate, long[]> days, RangeReturns back, ReportRange r) {
        for (RangeReturns.Refund f : back.refunds()) minus(days.get(f.at(r).toLocalDate()), f.total());
    }

    static void hours(long[][] hours, RangeReturns back, ReportRange r) {
        for (RangeReturns.Refund f : back.refunds()) {
            ZonedDateTime at = f.at(r);
            minus(hours[at.getHour()], f.total());
        }
    }

    /** {@code cashiers}: user id to {bills, total}; {@code names} gets the refunding users' names too. */
    static void cashiers(Map<String, long[]> cashiers, Map<String, String> names, RangeReturns back) {
        for (RangeReturns.Refund f : back.refunds()) {
            minus(cashiers.computeIfAbsent(f.userId(), k -> new long[2]), f.total());
            names.putIfAbsent(f.userId(), f.userName());
        }
    }

    static List<CashierSales> cashierRows(Map<String, long[]> cashiers, Map<String, String> names) {
        List<CashierSales> rows = new ArrayList<>();
        cashiers.forEach((id, v) -> rows.add(new CashierSales(id, names.getOrDefault(id, id), v[0], v[1])));
        rows.sort(Comparator.comparingLong(CashierSales::total).reversed().thenComparing(CashierSales::userId));
        return rows;
    }

    static List<PaymentSales> payments(List<PaymentSales> sold, RangeReturns back) {
        if (back.refunds().isEmpty()) return sold;
        Map<String, long[]> byMethod = new TreeMap<>();
        sold.forEach(p -> byMethod.put(p.method(), new long[] {p.payments(), p.amount()}));
        for (RangeReturns.Refund f : back.refunds()) minus(byMethod.computeIfAbsent(f.method(), k -> new long[2]), f.total());
        List<PaymentSales> rows = new ArrayList<>();
        byMethod.forEach((m, v) -> rows.add(new PaymentSales(m, v[0], v[1])));
        return rows;
    }

    /** {@code rates}: rate to {taxable, tax, total}, lowest rate first. */
    static List<TaxLine> tax(Map<Integer, long[]> rates, RangeReturns back) {
        for (RangeReturns.ItemBack i : back.items()) {
            long[] v = rates.computeIfAbsent(i.rateBp(), k -> new long[3]);
            v[0] = Math.subtractExact(v[0], i.subtotal());
            v[1] = Math.subtractExact(v[1], i.tax());
            v[2] = Math.subtractExact(v[2], i.total());
        }
        List<TaxLine> rows = new ArrayList<>();
        new TreeMap<>(rates).forEach((bp, v) -> rows.add(new TaxLine(bp, v[0], v[1], v[2])));
        return rows;
    }

    /** Adds {@code p} into {@code products} (by product id), e.g. one product's lines at two tax rates. */
    static void add(Map<String, ProductSales> products, ProductSales p) {
        products.merge(p.productId(), p, (a, b) -> new ProductSales(a.productId(), max(a.sku(), b.sku()), max(a.name(), b.name()),
                Math.addExact(a.quantity(), b.quantity()), Math.addExact(a.total(), b.total())));
    }

    /** The best {@code limit} products by amount after the returned lines came off. */
    static List<ProductSales> top(Map<String, ProductSales> products, RangeReturns back, int limit) {
        for (RangeReturns.ItemBack i : back.items()) {
            add(products, new ProductSales(i.productId(), i.sku(), i.name(), -i.quantity(), -i.total()));
        }
        List<ProductSales> top = new ArrayList<>(products.values());
        top.sort(Comparator.comparingLong(ProductSales::total).reversed().thenComparing(ProductSales::productId));
        return List.copyOf(top.subList(0, Math.min(limit, top.size())));
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void minus(long[] bucket, long total) {
        bucket[1] = Math.subtractExact(bucket[1], total);
    }
}
