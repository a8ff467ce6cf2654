package shopdesk.client.sale;

import java.util.List;
import shopdesk.client.catalog.ProductView;

/** A scanned code that names several products (a shared barcode): the cashier picks which one to sell. */
public record AmbiguousScan(String code, long quantity, List<ProductView> products) {

    public AmbiguousScan {
        products = List.copyOf(products);
    }

    public String question() {
        return "Barcode " + code + " is on " + products.size() + " products. Which one is in your hand?";
    }
}
