package shopdesk.protocol.payload;

/**
 * CREATE_PRODUCT / UPDATE_PRODUCT / DELETE_PRODUCT: the product's full state after the change. {@code category}
 * (issue 22) is the touch grid's tab: "" for none; null (absent, from an older till or server) keeps what is stored.
 */
public record ProductPayload(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                             long lowStockLevel, long version, boolean deleted, String category) {

    /** A product without a category (older callers): the stored category is kept. */
    public ProductPayload(String id, String sku, String barcode, String name, long unitPrice, int taxRateBp,
                          long lowStockLevel, long version, boolean deleted) {
        this(id, sku, barcode, name, unitPrice, taxRateBp, lowStockLevel, version, deleted, null);
    }
}
