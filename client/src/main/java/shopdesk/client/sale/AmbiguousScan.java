package shopdesk.client.sale;

import java.util.List;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.i18n.Messages;

/**
 * A scanned code that names several products (a shared barcode): the cashier picks which one to sell.
 * {@code typed} is the quantity typed before the '*' (null for none): a count, or kg for a product sold by weight,
 * so it is read only once the product is known.
 */
public record AmbiguousScan(String code, List<ProductView> products, String typed) {

    public AmbiguousScan {
        products = List.copyOf(products);
    }

    /** A scan with a count typed (or 1). */
    public AmbiguousScan(String code, long quantity, List<ProductView> products) {
        this(code, products, String.valueOf(quantity));
    }

    /** The typed count (1 when none typed); 0 when it is not a whole number (kg, for a product sold by weight). */
    public long quantity() {
        if (typed == null) return 1;
        try {
            return Long.parseLong(typed.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public String question() {
        return Messages.get("sale.shared.question", code, String.valueOf(products.size()));
    }
}
