package shopdesk.dal.product;

import shopdesk.protocol.payload.ProductPayload;

/**
 * A catalog product. {@code version} is the server-issued version this state corresponds to; {@code category} is
 * null when it has none; {@code taxInclusive}: its price includes tax; {@code soldByWeight}: priced per kg;
 * {@code image}: the touch tile's picture, a base64 PNG (see ProductImage), null when it has none.
 */
public record Product(String id, String shopId, String sku, String barcode, String name, long unitPrice,
                      int taxRateBp, long lowStockLevel, long version, boolean deleted, long createdAt,
                      long updatedAt, String category, boolean taxInclusive, boolean soldByWeight, String image) {

    public Product(String id, String shopId, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                   long lowStockLevel, long version, boolean deleted, long createdAt, long updatedAt, String category,
                   boolean taxInclusive, boolean soldByWeight) {
        this(id, shopId, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted, createdAt, updatedAt,
                category, taxInclusive, soldByWeight, null);
    }

    public Product(String id, String shopId, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                   long lowStockLevel, long version, boolean deleted, long createdAt, long updatedAt) {
        this(id, shopId, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted, createdAt, updatedAt,
                null, false, false);
    }

    public Product(String id, String shopId, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                   long lowStockLevel, long version, boolean deleted, long createdAt, long updatedAt, String category) {
        this(id, shopId, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted, createdAt, updatedAt,
                category, false, false);
    }

    public Product(String id, String shopId, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                   long lowStockLevel, long version, boolean deleted, long createdAt, long updatedAt,
                   boolean taxInclusive, boolean soldByWeight) {
        this(id, shopId, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted, createdAt, updatedAt,
                null, taxInclusive, soldByWeight);
    }

    public ProductPayload payload() {
        return new ProductPayload(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted,
                category == null ? "" : category, taxInclusive, soldByWeight, image == null ? "" : image);
    }
}
