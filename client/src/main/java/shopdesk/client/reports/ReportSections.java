package shopdesk.client.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import shopdesk.client.i18n.Messages;
import shopdesk.client.reports.ReportTable.Cell;
import shopdesk.dal.money.Money;
import shopdesk.dal.report.ReportRows;

/**
 * A report's rows as the screen's sections: text tables (also the CSV, with plain numbers) and chart series in major
 * units. Amounts are net of the range's refunds, hence "Net sales".
 */
final class ReportSections {
    static final int CHARTED_PRODUCTS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportSections() {
    }

    static List<ReportSection> of(SalesReport r) {
        ZoneId zone = r.range().zone();
        String sales = t("reports.col.netSales");
        List<ReportSection> out = new ArrayList<>();
        out.add(new ReportSection(t("reports.section.byDay"),
                table(t("reports.table.byDay"), "sales-by-day", List.of(t("reports.col.date"), t("reports.col.bills"), sales),
                        r.days(), d -> List.of(text(d.day().toString()), count(d.bills()), money(d.total()))),
                bars(t("reports.table.byDay"), r.days(), d -> DAY.format(d.day()), ReportRows.Day::total)));
        out.add(new ReportSection(t("reports.section.byHour"),
                table(t("reports.table.byHour"), "sales-by-hour", List.of(t("reports.col.hour"), t("reports.col.bills"), sales),
                        r.hours(), h -> List.of(text(hour(h.hour())), count(h.bills()), money(h.total()))),
                bars(t("reports.chart.byHour"), r.hours(), h -> hour(h.hour()), ReportRows.Hour::total)));
        out.add(new ReportSection(t("reports.section.top"),
                table(t("reports.table.top"), "top-products", List.of(t("reports.col.sku"), t("reports.col.product"),
                                t("reports.col.quantity"), sales), r.topProducts(),
                        p -> List.of(text(p.sku()), text(p.name()), count(p.quantity()), money(p.total()))),
                bars(Messages.get("reports.chart.top", Integer.toString(CHARTED_PRODUCTS)),
                        r.topProducts().subList(0, Math.min(CHARTED_PRODUCTS, r.topProducts().size())),
                        ReportRows.ProductSales::name, ReportRows.ProductSales::total)));
        out.add(new ReportSection(t("reports.section.cashiers"),
                table(t("reports.table.cashiers"), "sales-by-cashier", List.of(t("reports.col.cashier"), t("reports.col.bills"),
                        sales), r.cashiers(), c -> List.of(text(c.name()), count(c.bills()), money(c.total()))),
                bars(t("reports.table.cashiers"), r.cashiers(), ReportRows.CashierSales::name, ReportRows.CashierSales::total)));
        out.add(new ReportSection(t("reports.section.payments"),
                table(t("reports.table.payments"), "sales-by-payment-method", List.of(t("reports.col.method"),
                                t("reports.col.payments"), t("reports.col.netAmount")),
                        r.payments(), p -> List.of(text(p.method()), count(p.payments()), money(p.amount()))),
                new ChartSeries(t("reports.chart.payments"), t("reports.col.netAmount"), points(r.payments(),
                        ReportRows.PaymentSales::method, ReportRows.PaymentSales::amount), true)));
        out.add(new ReportSection(t("reports.section.tax"),
                table(t("reports.table.tax"), "tax-summary", List.of(t("reports.col.rate"), t("reports.col.taxable"),
                                t("reports.col.tax"), t("reports.col.total")), r.tax(),
                        x -> List.of(rate(x.rateBp()), money(x.taxable()), money(x.tax()), money(x.total()))),
                bars(t("reports.chart.tax"), r.tax(), x -> Money.rate(x.rateBp()), ReportRows.TaxLine::tax)));
        out.add(new ReportSection(t("reports.section.voids"),
                table(t("reports.table.voids"), "voided-bills", List.of(t("reports.col.bill"), t("reports.col.time"),
                                t("reports.col.total"), t("reports.col.reason"), t("reports.col.voidedBy")),
                        r.voidedBills(), v -> List.of(text(v.localLabel()), text(when(v.createdAt(), zone)), money(v.total()),
                                text(v.reason()), text(v.voidedBy()))),
                null));
        out.add(new ReportSection(t("reports.section.returns"),
                table(t("reports.table.returns"), "returns", List.of(t("reports.col.return"), t("reports.col.time"),
                                t("reports.col.refund"), t("reports.col.reason")), r.returns(),
                        x -> List.of(text(x.localLabel()), text(when(x.createdAt(), zone)), money(x.total()), text(x.reason()))),
                null));
        return out;
    }

    private static String t(String key) {
        return Messages.get(key);
    }

    private static <T> ReportTable table(String title, String file, List<String> headers, List<T> rows,
            Function<T, List<Cell>> row) {
        return new ReportTable(title, file, headers, rows.stream().map(row).toList());
    }

    /** An amount: the shop's money format on screen, a plain decimal in CSV. */
    private static Cell money(long minor) {
        return new Cell(Money.format(minor), Money.plain(minor));
    }

    /** A tax rate: "5%" on screen, 5.00 (percent) in CSV. */
    private static Cell rate(int bp) {
        return new Cell(Money.rate(bp), Money.plain(bp));
    }

    private static Cell count(long n) {
        return Cell.text(Long.toString(n));
    }

    private static <T> ChartSeries bars(String title, List<T> rows, Function<T, String> label, Function<T, Long> minor) {
        return new ChartSeries(title, t("reports.col.netSales"), points(rows, label, minor), false);
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

    private static Cell text(String s) {
        return Cell.text(s == null ? "" : s);
    }
}
