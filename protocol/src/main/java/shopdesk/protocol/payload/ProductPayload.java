package shopdesk.protocol.payload;

/**
 * CREATE_PRODUCT / UPDATE_PRODUCT / DELETE_PRODUCT: the product's full state after the change. {@code taxInclusive}:
 * its price includes tax; {@code soldByWeight}: it is sold by the kg, priced per kg. Both absent (false) in
 * payloads written before they existed.
 */
public record ProductPayload(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                             long lowStockLevel, long version, boolean deleted, boolean taxInclusive,
                             boolean soldByWeight) {
    public ProductPayload(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                          long lowStockLevel, long version, boolean deleted) {
        this(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted, false, false);
    }
}
