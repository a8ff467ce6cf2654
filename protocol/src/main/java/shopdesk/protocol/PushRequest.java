package shopdesk.protocol;

import java.util.List;

/** POST /api/v1/sync/push: a batch of SyncQueue entries, in queue order. */
public record PushRequest(String deviceId, List<PushEntry> entries) {
}
