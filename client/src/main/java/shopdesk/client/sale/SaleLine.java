package shopdesk.client.sale;

import shopdesk.client.catalog.ProductView;
import shopdesk.dal.bill.BillCalculator;

/** One line of the sale being rung up; its totals come from the shared BillCalculator. */
public record SaleLine(ProductView product, long quantity) {

    public BillCalculator.Line calcLine() {
        return new BillCalculator.Line(quantity, product.unitPrice(), product.taxRateBp());
    }

    public BillCalculator.LineTotals totals() {
        return BillCalculator.line(calcLine());
    }

    public SaleLine withQuantity(long q) {
        return new SaleLine(product, q);
    }
}
