package shopdesk.protocol;

import com.google.gson.JsonObject;

/** One change of the shop's feed: a product, stock level, customer or bill state after a mutation. */
public record FeedChange(long seq, String entityType, String entityId, String action, Long version,
                         JsonObject payload, String originDeviceId, long at) {
}
