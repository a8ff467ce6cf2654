package shopdesk.protocol.payload;

/** CREATE_PRODUCT / UPDATE_PRODUCT / DELETE_PRODUCT: the product's full state after the change. */
public record ProductPayload(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                             long lowStockLevel, long version, boolean deleted) {
}
