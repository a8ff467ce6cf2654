package shopdesk.dal.bill;

import java.util.List;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.CashRounding;
import shopdesk.protocol.payload.BillPayload;

/**
 * A bill's wire form read as arithmetic: the one translation the server's check, the till's repair path and the
 * receipt use, so each recomputes a pushed bill exactly as the till that rang it up did.
 */
public final class BillTerms {
    private BillTerms() {
    }

    public static Discount discount(BillPayload.Discount d, String field) {
        if (d == null) return null;
        Discount.Kind kind;
        try {
            kind = Discount.Kind.valueOf(String.valueOf(d.kind()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field + ".kind", ErrorText.DISCOUNT_KIND_WAS, d.kind());
        }
        return new Discount(kind, d.value());
    }

    public static BillPayload.Discount wire(Discount d) {
        return d == null ? null : new BillPayload.Discount(d.kind().name(), d.value());
    }

    public static BillCalculator.Line line(BillPayload.Item i, int index) {
        return new BillCalculator.Line(i.quantity(), i.weighed(), i.unitPrice(), i.taxRateBp(), i.taxInclusive(),
                discount(i.discount(), "items[" + index + "].discount"));
    }

    public static List<BillCalculator.Line> lines(List<BillPayload.Item> items) {
        return java.util.stream.IntStream.range(0, items.size()).mapToObj(k -> line(items.get(k), k)).toList();
    }

    /** The bill's totals as the shared calculator makes them from its items, discounts and rounding unit. */
    public static BillCalculator.Totals totals(BillPayload b) {
        CashRounding coin;
        try {
            coin = new CashRounding(b.coin());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("roundingUnit", ErrorText.ROUNDING_UNIT, CashRounding.MAX_UNIT, b.coin());
        }
        return BillCalculator.totals(lines(b.items()), discount(b.discount(), "discount"), coin);
    }

    /** The deepest price cut of the bill, for the cashier's limit ({@link DiscountLimit}). */
    public static long deepestCutBp(BillPayload b, BillCalculator.Totals t) {
        return DiscountLimit.deepestCutBp(lines(b.items()), b.items().stream()
                .map(i -> i.listPrice() == null ? i.unitPrice() : i.listPrice()).toList(), t);
    }

    public static List<BillPayload.Tax> taxes(BillCalculator.Totals t) {
        return t.taxes().stream().map(x -> new BillPayload.Tax(x.rateBp(), x.taxable(), x.tax())).toList();
    }
}
