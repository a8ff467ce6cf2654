package shopdesk.client.returns;

import java.util.ArrayList;
import java.util.List;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.money.Limits;
import shopdesk.dal.product.Product;
import shopdesk.dal.returns.OriginalBill;

/**
 * A return without the bill as the screen builds it: the products scanned, one line each. There is no bill to hold
 * the quantities to, so a line's refund is the product's price today (per kg when weighed, tax taken out when
 * inclusive), as ReturnLines prices it when the return is saved.
 */
final class NoBillReturn {
    private final List<Product> products = new ArrayList<>();

    /** The line of this product, added when it is new; its line number. */
    int add(Product p) {
        for (int i = 0; i < products.size(); i++) if (products.get(i).id().equals(p.id())) return i + 1;
        products.add(p);
        return products.size();
    }

    /** Lines as the table shows them: nothing "sold", anything up to the quantity limit may come back. */
    List<OriginalBill.Line> lines() {
        List<OriginalBill.Line> out = new ArrayList<>(products.size());
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            out.add(new OriginalBill.Line(i + 1, p.id(), p.sku(), p.name(), Limits.MAX_QUANTITY, p.unitPrice(), p.taxRateBp(),
                    0, 0, 0, 0, p.soldByWeight()));
        }
        return out;
    }

    Product product(int lineNo) {
        return products.get(lineNo - 1);
    }

    /** What {@code quantity} (units, or grams when weighed) of the line refunds. */
    long refund(int lineNo, long quantity) {
        Product p = product(lineNo);
        return BillCalculator.line(new BillCalculator.Line(quantity, p.soldByWeight(), p.unitPrice(), p.taxRateBp(),
                p.taxInclusive(), null)).total();
    }
}
