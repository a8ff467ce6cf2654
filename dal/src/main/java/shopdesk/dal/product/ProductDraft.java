package shopdesk.dal.product;

import shopdesk.dal.common.Text;
import shopdesk.dal.error.ValidationException;

/** What a user enters for a product. Prices are tax-exclusive minor units; tax in basis points (1800 = 18%). */
public record ProductDraft(String sku, String barcode, String name, long unitPrice, int taxRateBp, long lowStockLevel) {

    /** Trimmed and checked; throws ValidationException naming the field. */
    public ProductDraft validated() {
        String s = Text.required("sku", sku, 64, "a SKU");
        String b = Text.optional("barcode", barcode, 64, "the barcode");
        if (b != null && !b.matches("[0-9A-Za-z\\-]+")) {
            throw new ValidationException("barcode", "A barcode has only letters, digits and '-'");
        }
        String n = Text.required("name", name, 200, "a name");
        if (unitPrice < 0) throw new ValidationException("unitPrice", "The price must not be negative");
        if (taxRateBp < 0 || taxRateBp > 10_000) throw new ValidationException("taxRateBp", "The tax rate must be 0% to 100%");
        if (lowStockLevel < 0) throw new ValidationException("lowStockLevel", "The low-stock level must not be negative");
        return new ProductDraft(s, b, n, unitPrice, taxRateBp, lowStockLevel);
    }
}
