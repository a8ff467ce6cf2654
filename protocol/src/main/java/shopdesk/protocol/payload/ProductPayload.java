package shopdesk.protocol.payload;

/**
 * CREATE_PRODUCT / UPDATE_PRODUCT / DELETE_PRODUCT: the product's full state after the change. {@code category}
 * (issue 22) is the touch grid's tab: "" for none; null (absent, from an older till or server) keeps what is stored.
 * {@code taxInclusive}: its price includes tax; {@code soldByWeight}: it is sold by the kg, priced per kg. Both absent
 * (false) in payloads written before they existed.
 */
public record ProductPayload(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                             long lowStockLevel, long version, boolean deleted, String category,
                             boolean taxInclusive, boolean soldByWeight, String image) {

    /** A product without an image field (older callers): the stored image is kept. */
    public ProductPayload(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                          long lowStockLevel, long version, boolean deleted, String category, boolean taxInclusive,
                          boolean soldByWeight) {
        this(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted, category, taxInclusive,
                soldByWeight, null);
    }

    /** A product without a category (older callers): the stored category is kept; not tax-inclusive, by unit. */
    public ProductPayload(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                          long lowStockLevel, long version, boolean deleted) {
        this(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted, null, false, false);
    }

    /** A product with a category, not tax-inclusive, sold by unit. */
    public ProductPayload(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                          long lowStockLevel, long version, boolean deleted, String category) {
        this(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted, category, false, false);
    }

    /** A product without a category (the stored one is kept) with the sale flags. */
    public ProductPayload(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                          long lowStockLevel, long version, boolean deleted, boolean taxInclusive,
                          boolean soldByWeight) {
        this(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted, null, taxInclusive,
                soldByWeight);
    }
}
