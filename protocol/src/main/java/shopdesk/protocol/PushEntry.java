package shopdesk.protocol;

import com.google.gson.JsonObject;

/**
 * One SyncQueue entry on the wire. {@code requestId} is the idempotency key: the server stores each result
 * under it, and a replay returns the stored result with no second effect. {@code createdAt} is the till's
 * clock, kept for display only: the server never orders or decides by it.
 */
public record PushEntry(String requestId, String streamKey, long streamSeq, String entityType, String entityId,
                        String action, int payloadVersion, JsonObject payload, Long baseVersion, String userId,
                        long createdAt) {
}
