package shopdesk.dal.product;

import shopdesk.protocol.payload.ProductPayload;

/** A catalog product; {@code taxInclusive}: its price includes tax; {@code soldByWeight}: priced per kg. {@code version} is the server-issued version this state corresponds to. */
public record Product(String id, String shopId, String sku, String barcode, String name, long unitPrice,
                      int taxRateBp, long lowStockLevel, long version, boolean deleted, long createdAt,
                      long updatedAt, boolean taxInclusive, boolean soldByWeight) {

    public Product(String id, String shopId, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                   long lowStockLevel, long version, boolean deleted, long createdAt, long updatedAt) {
        this(id, shopId, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted, createdAt, updatedAt,
                false, false);
    }

    public ProductPayload payload() {
        return new ProductPayload(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted,
                taxInclusive, soldByWeight);
    }
}
