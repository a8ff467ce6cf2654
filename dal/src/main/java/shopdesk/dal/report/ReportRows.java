package shopdesk.dal.report;

import java.time.LocalDate;
import java.util.List;

/** The rows of the till's sales reports; every amount is in minor units. */
public final class ReportRows {
    private ReportRows() {
    }

    /** Completed bills of the range: how many and what they came to. */
    public record Totals(long bills, long subtotal, long tax, long total) {
    }

    public record Day(LocalDate day, long bills, long total) {
    }

    /** {@code hour} 0..23 of the shop's local time. */
    public record Hour(int hour, long bills, long total) {
    }

    public record ProductSales(String productId, String sku, String name, long quantity, long total) {
    }

    public record CashierSales(String userId, String name, long bills, long total) {
    }

    /** {@code amount} is what was applied to bills (cash change already taken off). */
    public record PaymentSales(String method, long payments, long amount) {
    }

    /** One tax rate's taxable amount, tax and gross, as a tax return asks for them. */
    public record TaxLine(int rateBp, long taxable, long tax, long total) {
    }

    public record VoidedBill(String localLabel, long createdAt, long total, String reason, String voidedBy) {
    }

    public record Voids(long bills, long total) {
    }

    /** A returned sale; the till records no returns yet, so no query produces these so far. */
    public record Return(String localLabel, long createdAt, long total, String reason) {
    }

    /** Every section of the report screen for one range, as {@link OnePassReport} reads them together. */
    public record All(Totals totals, List<Day> days, List<Hour> hours, List<ProductSales> topProducts,
                      List<CashierSales> cashiers, List<PaymentSales> payments, List<TaxLine> tax, Voids voids,
                      List<VoidedBill> voidedBills, List<Return> returns) {
    }
}
