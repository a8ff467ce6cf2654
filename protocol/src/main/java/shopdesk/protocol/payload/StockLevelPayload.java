package shopdesk.protocol.payload;

/** Change-feed form of a product's stock level on the server. */
public record StockLevelPayload(String productId, long quantity, long version) {
}
