package shopdesk.dal.bill;

/**
 * One line of a stored bill. {@code quantity} counts units, or grams when {@code weighed}; {@code unitPrice} is the
 * price charged and {@code listPrice} the catalog's when it was overridden (else null) with {@code reason};
 * {@code lineDiscount} and {@code billDiscount} are the minor units taken off by the line's own discount and by its
 * share of the bill's.
 */
public record BillItem(int lineNo, String productId, String sku, String name, long quantity, long unitPrice,
                       int taxRateBp, long lineSubtotal, long lineTax, long lineTotal, boolean weighed,
                       boolean taxInclusive, Long listPrice, String reason, Discount discount, long lineDiscount,
                       long billDiscount) {
    public BillItem(int lineNo, String productId, String sku, String name, long quantity, long unitPrice,
                    int taxRateBp, long lineSubtotal, long lineTax, long lineTotal) {
        this(lineNo, productId, sku, name, quantity, unitPrice, taxRateBp, lineSubtotal, lineTax, lineTotal, false, false,
                null, null, null, 0, 0);
    }

    public BillCalculator.Line calcLine() {
        return new BillCalculator.Line(quantity, weighed, unitPrice, taxRateBp, taxInclusive, discount);
    }

    /** The price before tax treatment and discounts: quantity x price (rounded for a weighed line). */
    public long gross() {
        return lineDiscount + billDiscount + (taxInclusive ? lineTotal : lineSubtotal);
    }
}
