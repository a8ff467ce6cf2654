package shopdesk.dal.product;

import shopdesk.protocol.payload.ProductPayload;

/**
 * A catalog product. {@code version} is the server-issued version this state corresponds to; {@code category} is
 * null when it has none.
 */
public record Product(String id, String shopId, String sku, String barcode, String name, long unitPrice,
                      int taxRateBp, long lowStockLevel, long version, boolean deleted, long createdAt,
                      long updatedAt, String category) {

    public Product(String id, String shopId, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                   long lowStockLevel, long version, boolean deleted, long createdAt, long updatedAt) {
        this(id, shopId, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted, createdAt, updatedAt, null);
    }

    public ProductPayload payload() {
        return new ProductPayload(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted,
                category == null ? "" : category);
    }
}
