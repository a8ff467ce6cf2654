package shopdesk.protocol.payload;

/** RECEIVE_STOCK / ADJUST_STOCK: a signed quantity change; deltas commute, so they are not versioned. */
public record StockDeltaPayload(String movementId, String productId, long delta, String kind, String reason) {
}
