package shopdesk.client.sale;

import shopdesk.client.catalog.ProductView;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.Discount;

/**
 * One line of the sale being rung up; its totals come from the shared BillCalculator. {@code quantity} is in grams
 * for a product sold by weight. {@code price} null: the catalog's; else overridden, with {@code reason}.
 */
public record SaleLine(ProductView product, long quantity, Long price, String reason, Discount discount) {

    public SaleLine(ProductView product, long quantity) {
        this(product, quantity, null, null, null);
    }

    /** The price charged for one unit (or one kg). */
    public long unitPrice() {
        return price == null ? product.unitPrice() : price;
    }

    public BillCalculator.Line calcLine() {
        return new BillCalculator.Line(quantity, product.soldByWeight(), unitPrice(), product.taxRateBp(),
                product.taxInclusive(), discount);
    }

    public BillCalculator.LineTotals totals() {
        return BillCalculator.line(calcLine());
    }

    public SaleLine withQuantity(long q) {
        return new SaleLine(product, q, price, reason, discount);
    }

    public SaleLine withPrice(Long newPrice, String why) {
        return new SaleLine(product, quantity, newPrice, newPrice == null ? null : why, discount);
    }

    public SaleLine withDiscount(Discount d) {
        return new SaleLine(product, quantity, price, reason, d);
    }
}
