package shopdesk.client.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import shopdesk.dal.money.Money;
import shopdesk.dal.report.ReportRows;

/** A report's rows as the screen's sections: text tables (also the CSV) and chart series in major units. */
final class ReportSections {
    static final int CHARTED_PRODUCTS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportSections() {
    }

    static List<ReportSection> of(SalesReport r) {
        ZoneId zone = r.range().zone();
        List<ReportSection> out = new ArrayList<>();
        out.add(new ReportSection("By day",
                table("Sales by day", "sales-by-day", List.of("Date", "Bills", "Sales"), r.days(),
                        d -> List.of(d.day().toString(), String.valueOf(d.bills()), Money.format(d.total()))),
                bars("Sales by day", r.days(), d -> DAY.format(d.day()), ReportRows.Day::total)));
        out.add(new ReportSection("By hour",
                table("Sales by hour", "sales-by-hour", List.of("Hour", "Bills", "Sales"), r.hours(),
                        h -> List.of(hour(h.hour()), String.valueOf(h.bills()), Money.format(h.total()))),
                bars("Sales by hour of the day", r.hours(), h -> hour(h.hour()), ReportRows.Hour::total)));
        out.add(new ReportSection("Top products",
                table("Top products", "top-products", List.of("SKU", "Product", "Quantity", "Sales"), r.topProducts(),
                        p -> List.of(p.sku(), p.name(), String.valueOf(p.quantity()), Money.format(p.total()))),
                bars("Top " + CHARTED_PRODUCTS + " products by sales",
                        r.topProducts().subList(0, Math.min(CHARTED_PRODUCTS, r.topProducts().size())),
                        ReportRows.ProductSales::name, ReportRows.ProductSales::total)));
        out.add(new ReportSection("Cashiers",
                table("Sales by cashier", "sales-by-cashier", List.of("Cashier", "Bills", "Sales"), r.cashiers(),
                        c -> List.of(c.name(), String.valueOf(c.bills()), Money.format(c.total()))),
                bars("Sales by cashier", r.cashiers(), ReportRows.CashierSales::name, ReportRows.CashierSales::total)));
        out.add(new ReportSection("Payments",
                table("Sales by payment method", "sales-by-payment-method", List.of("Method", "Payments", "Amount"),
                        r.payments(), p -> List.of(p.method(), String.valueOf(p.payments()), Money.format(p.amount()))),
                new ChartSeries("Payment methods", "Amount", points(r.payments(), ReportRows.PaymentSales::method,
                        ReportRows.PaymentSales::amount), true)));
        out.add(new ReportSection("Tax",
                table("Tax summary", "tax-summary", List.of("Tax rate", "Taxable", "Tax", "Total"), r.tax(),
                        t -> List.of(Money.rate(t.rateBp()), Money.format(t.taxable()), Money.format(t.tax()),
                                Money.format(t.total()))),
                bars("Tax by rate", r.tax(), t -> Money.rate(t.rateBp()), ReportRows.TaxLine::tax)));
        out.add(new ReportSection("Voids",
                table("Voided bills", "voided-bills", List.of("Bill", "Time", "Total", "Reason", "Voided by"),
                        r.voidedBills(), v -> List.of(v.localLabel(), when(v.createdAt(), zone), Money.format(v.total()),
                                text(v.reason()), text(v.voidedBy()))),
                null));
        out.add(new ReportSection("Returns",
                table("Returns", "returns", List.of("Bill", "Time", "Total", "Reason"), r.returns(),
                        x -> List.of(x.localLabel(), when(x.createdAt(), zone), Money.format(x.total()), text(x.reason()))),
                null));
        return out;
    }

    private static <T> ReportTable table(String title, String file, List<String> headers, List<T> rows,
            Function<T, List<String>> row) {
        return new ReportTable(title, file, headers, rows.stream().map(row).toList());
    }

    private static <T> ChartSeries bars(String title, List<T> rows, Function<T, String> label, Function<T, Long> minor) {
        return new ChartSeries(title, "Sales", points(rows, label, minor), false);
    }

    private static <T> List<ChartSeries.Point> points(List<T> rows, Function<T, String> label, Function<T, Long> minor) {
        return rows.stream().map(x -> new ChartSeries.Point(label.apply(x), minor.apply(x) / 100.0)).toList();
    }

    private static String hour(int h) {
        return String.format("%02d:00", h);
    }

    private static String when(long millis, ZoneId zone) {
        return WHEN.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
