package shopdesk.dal.bill;

import java.util.ArrayList;
import java.util.List;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;

/**
 * Bill arithmetic, shared by till and server so both compute the same totals: prices are tax-exclusive,
 * tax is computed per line (rounded half up) and the bill's totals are the sums of its lines. Every result is
 * checked: an overflow or an amount beyond {@link Limits#MAX_AMOUNT} is an ArithmeticException, never a
 * wrapped number.
 */
public final class BillCalculator {
    private BillCalculator() {
    }

    public record Line(long quantity, long unitPrice, int taxRateBp) {
    }

    public record LineTotals(long subtotal, long tax, long total) {
    }

    public record Totals(long subtotal, long tax, long total, List<LineTotals> lines) {
    }

    public static LineTotals line(Line line) {
        long subtotal = Limits.multiply(line.quantity(), line.unitPrice(), Limits.AMOUNT);
        long tax = Money.tax(subtotal, line.taxRateBp());
        return new LineTotals(subtotal, tax, Limits.add(subtotal, tax, Limits.AMOUNT));
    }

    public static Totals totals(List<Line> lines) {
        long subtotal = 0, tax = 0;
        List<LineTotals> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            LineTotals t = line(l);
            out.add(t);
            subtotal = Limits.add(subtotal, t.subtotal(), Limits.AMOUNT);
            tax = Limits.add(tax, t.tax(), Limits.AMOUNT);
        }
        return new Totals(subtotal, tax, Limits.add(subtotal, tax, Limits.AMOUNT), List.copyOf(out));
    }
}
