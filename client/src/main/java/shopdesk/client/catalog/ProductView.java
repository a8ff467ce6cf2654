package shopdesk.client.catalog;

/** A product as the till shows and sells it; prices tax-exclusive in minor units, tax in basis points. */
public record ProductView(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                          long lowStockLevel, long version, long stock) {
}
