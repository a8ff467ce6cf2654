package shopdesk.protocol.payload;

import java.util.List;

/**
 * The totals of one till's business day, as an X report shows them and a Z report freezes them. Amounts are minor
 * units. Bills are those with a local number after the previous Z's {@code lastBillNumber}; cash movements and
 * returns likewise. {@code total} is what the sales came to; the returns' refunds ({@code returnTotal}) come off it
 * in {@link #net()}. {@code discounts} is everything taken off the sold bills ({@code discountCount} of them);
 * {@code cashRefunds} is the part of the refunds paid out of the drawer. The last three fields came later: a payload
 * without them reads them as 0, which is what such a day had.
 */
public record DayTotals(long bills, long subtotal, long tax, long total, long discounts, long returnCount,
                        long returnTotal, long voidCount, long voidTotal, List<MethodTotal> byMethod,
                        List<TaxTotal> byTaxRate, long floatTotal, long cashIn, long cashOut, long cashSales,
                        long expectedCash, BillRange billRange, long lastMovementNumber, long discountCount,
                        long cashRefunds, long lastReturnNumber) {

    public DayTotals {
        // a payload without them reads as empty, never as null
        byMethod = byMethod == null ? List.of() : List.copyOf(byMethod);
        byTaxRate = byTaxRate == null ? List.of() : List.copyOf(byTaxRate);
    }

    /** The day's takings: sales less refunds. */
    public long net() {
        return total - returnTotal;
    }

    /** A payment method's completed payments: how many and the amount applied to bills (change taken off). */
    public record MethodTotal(String method, long count, long amount) {
    }

    public record TaxTotal(int rateBp, long taxable, long tax, long total) {
    }

    /**
     * The day's bills by number: local numbers and labels of the till, and the legal (server) numbers known when the
     * report was made (null while the bills are not yet synced). {@code lastLocalNumber} is the day's boundary: the
     * previous Z's when the day has no bills.
     */
    public record BillRange(Long firstLocalNumber, String firstLocalLabel, long lastLocalNumber, String lastLocalLabel,
                            Long firstLegalNumber, Long lastLegalNumber) {
    }
}
