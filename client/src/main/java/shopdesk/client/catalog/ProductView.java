package shopdesk.client.catalog;

/**
 * A product as the till shows and sells it; prices tax-exclusive in minor units, tax in basis points; category
 * null when it has none (the touch grid puts it on the "Other" tab).
 */
public record ProductView(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                          long lowStockLevel, long version, long stock, String category) {

    public ProductView(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                       long lowStockLevel, long version, long stock) {
        this(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, stock, null);
    }
}
