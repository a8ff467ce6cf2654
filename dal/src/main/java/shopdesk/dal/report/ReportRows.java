package shopdesk.dal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The rows of the till's sales reports; every amount is in minor units. Amounts per day, hour, product, cashier,
 * payment method and tax rate are net of the range's refunds (a return comes off where its sale would have been
 * added); counts of bills and payments are of sales.
 */
public final class ReportRows {
    private ReportRows() {
    }

    /**
     * Completed bills of the range: how many and what they came to; {@code discountedBills} of them had
     * {@code discounts} taken off; {@code returns} returns refunded {@code refunded}.
     */
    public record Totals(long bills, long subtotal, long tax, long total, long discountedBills, long discounts,
                         long returns, long refunded) {
        public Totals(long bills, long subtotal, long tax, long total) {
            this(bills, subtotal, tax, total, 0, 0, 0, 0);
        }

        /** The takings: sales less refunds. */
        public long net() {
            return Math.subtractExact(total, refunded);
        }
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

    /** A completed return of the range (a credit note): its local label, when, the refund and why. */
    public record Return(String localLabel, long createdAt, long total, String reason) {
    }

    /** Every section of the report screen for one range, as {@link OnePassReport} reads them together. */
    public record All(Totals totals, List<Day> days, List<Hour> hours, List<ProductSales> topProducts,
                      List<CashierSales> cashiers, List<PaymentSales> payments, List<TaxLine> tax, Voids voids,
                      List<VoidedBill> voidedBills, List<Return> returns) {
    }
}
