package shopdesk.protocol;

import com.google.gson.JsonObject;

/**
 * One change of the shop's feed: a product, stock level, customer or bill state after a mutation. The payload
 * is always the entity's full state, chosen by {@code entityType}: product = ProductPayload, customer =
 * CustomerPayload, bill = BillPayload (with serverNumber and status), stock = StockLevelPayload (an absolute
 * level with action {@link #SET_STOCK_LEVEL}, never a delta). {@code originDeviceId} is the till whose push
 * caused it (null for server-side changes), so a till may skip its own echoes.
 */
public record FeedChange(long seq, String entityType, String entityId, String action, Long version,
                         JsonObject payload, String originDeviceId, long at) {

    /** The action of every stock feed change: the payload is the product's new absolute stock level. */
    public static final String SET_STOCK_LEVEL = "SET_STOCK_LEVEL";
}
