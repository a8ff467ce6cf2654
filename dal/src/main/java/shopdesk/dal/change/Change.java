package shopdesk.dal.change;

import java.util.List;

/**
 * One mutation, as recorded inside its transaction.
 *
 * @param streamKey   the aggregate it belongs to, e.g. {@code bill:<uuid>}; changes of a stream replay in order
 * @param baseVersion the server version the change was made against (null when creating)
 * @param dependsOn   stream keys that must be delivered first (a bill on a product created offline)
 */
public record Change(String streamKey, String entityType, String entityId, String action, String payloadJson,
                     int payloadVersion, Long baseVersion, String userId, List<String> dependsOn) {

    public static String streamKey(String entityType, String entityId) {
        return entityType + ":" + entityId;
    }
}
