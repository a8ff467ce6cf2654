package shopdesk.client.catalog;

/**
 * A product as typed into the form, already parsed: id null for a new product; category null for none; image a
 * base64 PNG, "" to remove the picture, null to keep the stored one.
 */
public record ProductForm(String id, long expectedVersion, String sku, String barcode, String name, long unitPrice,
                          int taxRateBp, long lowStockLevel, String category, boolean taxInclusive,
                          boolean soldByWeight, String image) {

    public ProductForm(String id, long expectedVersion, String sku, String barcode, String name, long unitPrice,
                       int taxRateBp, long lowStockLevel, String category, boolean taxInclusive, boolean soldByWeight) {
        this(id, expectedVersion, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, category, taxInclusive,
                soldByWeight, null);
    }

    public ProductForm(String id, long expectedVersion, String sku, String barcode, String name, long unitPrice,
                       int taxRateBp, long lowStockLevel) {
        this(id, expectedVersion, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, null, false, false);
    }

    public ProductForm(String id, long expectedVersion, String sku, String barcode, String name, long unitPrice,
                       int taxRateBp, long lowStockLevel, String category) {
        this(id, expectedVersion, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, category, false, false);
    }

    public ProductForm(String id, long expectedVersion, String sku, String barcode, String name, long unitPrice,
                       int taxRateBp, long lowStockLevel, boolean taxInclusive, boolean soldByWeight) {
        this(id, expectedVersion, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, null, taxInclusive,
                soldByWeight);
    }
}
