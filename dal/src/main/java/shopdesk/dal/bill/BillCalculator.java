package shopdesk.dal.bill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import shopdesk.dal.money.CashRounding;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Spread;

/**
 * Bill arithmetic, shared by the sale screen, the till's service, the server and the repair path so all compute the
 * same totals. Per line: gross = quantity x price (a weighed quantity is in thousandths of a kg, the gross rounded
 * half up); minus the line's discount; minus its share of the bill discount (spread by {@link Spread} in proportion
 * to the lines' amounts after their own discounts). Tax is on that discounted amount, per line, half up: on top for
 * a tax-exclusive price, carved out of it ({@code amount x rate / (1 + rate)}) for a tax-inclusive one. The bill's
 * total is the sum of the line totals, then rounded to the smallest coin ({@link CashRounding}). Every result is
 * checked: an overflow or an amount beyond {@link Limits#MAX_AMOUNT} is an ArithmeticException, never a wrapped
 * number; a discount above what it applies to is a ValidationException.
 */
public final class BillCalculator {
    /** A weighed line's quantity is in thousandths of the unit of weight (grams of a kg). */
    public static final long WEIGHT_SCALE = 1_000;

    private BillCalculator() {
    }

    /** {@code discount} null: none. {@code unitPrice} is the price charged (after any override). */
    public record Line(long quantity, boolean weighed, long unitPrice, int taxRateBp, boolean taxInclusive,
                       Discount discount) {
        public Line(long quantity, long unitPrice, int taxRateBp) {
            this(quantity, false, unitPrice, taxRateBp, false, null);
        }
    }

    /**
     * {@code gross} at the price charged; {@code lineDiscount} and {@code billDiscount} (its share of the bill's)
     * taken off it; {@code subtotal} the taxable amount; {@code total} what the line costs with tax.
     */
    public record LineTotals(long gross, long lineDiscount, long billDiscount, long subtotal, long tax, long total) {
        public LineTotals(long subtotal, long tax, long total) {
            this(subtotal, 0, 0, subtotal, tax, total);
        }

        public long discount() {
            return Math.addExact(lineDiscount, billDiscount);
        }
    }

    /** One row of the bill's tax table: at this rate, this much was taxable and this much tax is due. */
    public record TaxLine(int rateBp, long taxable, long tax) {
    }

    /**
     * {@code subtotal} is the taxable amount, {@code total} what is paid: subtotal + tax + rounding. {@code discount}
     * is everything taken off (line and bill discounts); {@code billDiscount} the bill discount alone.
     */
    public record Totals(long subtotal, long tax, long total, List<LineTotals> lines, long discount, long billDiscount,
                         long rounding, List<TaxLine> taxes) {
        public static final Totals EMPTY = new Totals(0, 0, 0, List.of(), 0, 0, 0, List.of());

        /** The total before rounding to the coin. */
        public long unrounded() {
            return Math.subtractExact(total, rounding);
        }
    }

    public static LineTotals line(Line line) {
        return totals(List.of(line)).lines().get(0);
    }

    public static Totals totals(List<Line> lines) {
        return totals(lines, null, CashRounding.NONE);
    }

    public static Totals totals(List<Line> lines, Discount billDiscount, CashRounding rounding) {
        int n = lines.size();
        long[] gross = new long[n];
        long[] lineOff = new long[n];
        List<Long> net = new ArrayList<>(n);
        long netSum = 0;
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            gross[i] = gross(l);
            lineOff[i] = l.discount() == null ? 0 : l.discount().of(gross[i], "items[" + i + "].discount");
            net.add(gross[i] - lineOff[i]);
            netSum = Limits.add(netSum, gross[i] - lineOff[i], Limits.AMOUNT);
        }
        long billOff = billDiscount == null ? 0 : billDiscount.of(netSum, "billDiscount");
        long[] shares = Spread.largestRemainder(billOff, net);

        long subtotal = 0, tax = 0, sum = 0, discount = 0;
        List<LineTotals> out = new ArrayList<>(n);
        Map<Integer, long[]> byRate = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            long amount = net.get(i) - shares[i];
            long lineTax;
            long taxable;
            long lineTotal;
            if (l.taxInclusive()) {
                lineTax = round(BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(l.taxRateBp())),
                        BigDecimal.valueOf(10_000L + l.taxRateBp()));
                taxable = amount - lineTax;
                lineTotal = amount;
            } else {
                lineTax = round(BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(l.taxRateBp())), BigDecimal.valueOf(10_000));
                taxable = amount;
                lineTotal = Limits.add(amount, lineTax, Limits.AMOUNT);
            }
            out.add(new LineTotals(gross[i], lineOff[i], shares[i], taxable, lineTax, lineTotal));
            subtotal = Limits.add(subtotal, taxable, Limits.AMOUNT);
            tax = Limits.add(tax, lineTax, Limits.AMOUNT);
            sum = Limits.add(sum, lineTotal, Limits.AMOUNT);
            discount = Limits.add(discount, Math.addExact(lineOff[i], shares[i]), Limits.AMOUNT);
            long[] rate = byRate.computeIfAbsent(l.taxRateBp(), r -> new long[2]);
            rate[0] = Math.addExact(rate[0], taxable);
            rate[1] = Math.addExact(rate[1], lineTax);
        }
        long adjust = rounding.adjustment(sum);
        long total = Limits.add(sum, adjust, Limits.AMOUNT);
        List<TaxLine> taxes = byRate.entrySet().stream()
                .map(e -> new TaxLine(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Totals(subtotal, tax, total, List.copyOf(out), discount, billOff, adjust, taxes);
    }

    /** Quantity x price, or for a weighed line thousandths of a kg x price per kg, half up to the minor unit. */
    static long gross(Line l) {
        if (!l.weighed()) return Limits.multiply(l.quantity(), l.unitPrice(), Limits.AMOUNT);
        long milli = Math.multiplyExact(l.quantity(), l.unitPrice());
        long whole = Math.floorDiv(milli, WEIGHT_SCALE);
        if (Math.floorMod(milli, WEIGHT_SCALE) * 2 >= WEIGHT_SCALE) whole = Math.addExact(whole, 1);
        return Limits.add(whole, 0, Limits.AMOUNT);
    }

    private static long round(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
