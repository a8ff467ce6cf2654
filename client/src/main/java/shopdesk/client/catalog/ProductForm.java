package shopdesk.client.catalog;

/** A product as typed into the form, already parsed: id null for a new product. */
public record ProductForm(String id, long expectedVersion, String sku, String barcode, String name, long unitPrice,
                          int taxRateBp, long lowStockLevel, boolean taxInclusive, boolean soldByWeight) {
}
