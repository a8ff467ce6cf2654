package shopdesk.dal.bill;

import java.util.List;

/**
 * How far a sale cuts prices, for the cashier's limit: per line, what the customer pays before tax treatment
 * (the gross after discounts and the bill discount's share) against the line at its catalog price, in basis points,
 * rounded up so a limit is never passed by a fraction. The bill's figure is its deepest line: a 100% discount on one
 * line of a large bill is still a give-away. A price raised above the catalog's cuts nothing.
 */
public final class DiscountLimit {
    private DiscountLimit() {
    }

    /** {@code listPrices} per line: the catalog price (the charged one when not overridden). */
    public static long deepestCutBp(List<BillCalculator.Line> lines, List<Long> listPrices, BillCalculator.Totals totals) {
        long deepest = 0;
        for (int i = 0; i < lines.size(); i++) {
            BillCalculator.Line l = lines.get(i);
            long list = BillCalculator.gross(new BillCalculator.Line(l.quantity(), l.weighed(), listPrices.get(i),
                    l.taxRateBp(), l.taxInclusive(), null));
            BillCalculator.LineTotals t = totals.lines().get(i);
            long paid = t.gross() - t.discount();
            if (list <= 0 || paid >= list) continue;
            long cut = list - paid;
            long bp = Math.floorDiv(Math.multiplyExact(cut, 10_000L) + list - 1, list);
            deepest = Math.max(deepest, bp);
        }
        return deepest;
    }
}
