package shopdesk.dal.change;

import java.util.List;

/**
 * One mutation, as recorded inside its transaction.
 *
 * @param streamKey   the aggregate it belongs to, e.g. {@code bill:<uuid>}; changes of a stream replay in order
 * @param baseVersion the server version the change was made against (null when creating)
 * @param dependsOn   stream keys that must be delivered first (a bill on a product created offline)
 * @param opensStream true when the change creates an entity with a new id, so it is certainly its stream's first
 *                    entry (the queue then skips looking up the stream's last sequence); false when unsure
 */
public record Change(String streamKey, String entityType, String entityId, String action, String payloadJson,
                     int payloadVersion, Long baseVersion, String userId, List<String> dependsOn, boolean opensStream) {

    public Change(String streamKey, String entityType, String entityId, String action, String payloadJson,
                  int payloadVersion, Long baseVersion, String userId, List<String> dependsOn) {
        this(streamKey, entityType, entityId, action, payloadJson, payloadVersion, baseVersion, userId, dependsOn, false);
    }

    public static String streamKey(String entityType, String entityId) {
        return entityType + ":" + entityId;
    }
}
