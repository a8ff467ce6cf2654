package shopdesk.client.catalog;

/**
 * A product as the till shows and sells it: price in minor units (per kg when {@code soldByWeight}, stock then in
 * grams), tax in basis points, the price including tax when {@code taxInclusive}; category null when it has none
 * (the touch grid puts it on the "Other" tab); image a base64 PNG for its touch tile, null when it has none.
 */
public record ProductView(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                          long lowStockLevel, long version, long stock, String category, boolean taxInclusive,
                          boolean soldByWeight, String image) {

    public ProductView(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                       long lowStockLevel, long version, long stock, String category, boolean taxInclusive,
                       boolean soldByWeight) {
        this(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, stock, category, taxInclusive,
                soldByWeight, null);
    }

    public ProductView(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                       long lowStockLevel, long version, long stock) {
        this(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, stock, null, false, false);
    }

    public ProductView(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                       long lowStockLevel, long version, long stock, String category) {
        this(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, stock, category, false, false);
    }

    public ProductView(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                       long lowStockLevel, long version, long stock, boolean taxInclusive, boolean soldByWeight) {
        this(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, stock, null, taxInclusive,
                soldByWeight);
    }
}
