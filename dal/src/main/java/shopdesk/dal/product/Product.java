package shopdesk.dal.product;

import shopdesk.protocol.payload.ProductPayload;

/** A catalog product. {@code version} is the server-issued version this state corresponds to. */
public record Product(String id, String shopId, String sku, String barcode, String name, long unitPrice,
                      int taxRateBp, long lowStockLevel, long version, boolean deleted, long createdAt,
                      long updatedAt) {

    public ProductPayload payload() {
        return new ProductPayload(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted);
    }
}
