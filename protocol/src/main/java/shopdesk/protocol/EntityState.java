package shopdesk.protocol;

import com.google.gson.JsonObject;

/**
 * GET /api/v1/sync/entity/{type}/{id}: the server's current state of one product or customer of the caller's shop,
 * with the same payload the feed carries. A till fetches it when it must drop its own edit (a discard) and the
 * feed has already moved past the server's change.
 */
public record EntityState(String entityType, String entityId, long version, JsonObject payload) {
}
