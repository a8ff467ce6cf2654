package shopdesk.protocol.payload;

import shopdesk.protocol.MovementKind;

/** RECEIVE_STOCK / ADJUST_STOCK: a signed quantity change; deltas commute, so they are not versioned. */
public record StockDeltaPayload(String movementId, String productId, long delta, MovementKind kind, String reason) {
}
