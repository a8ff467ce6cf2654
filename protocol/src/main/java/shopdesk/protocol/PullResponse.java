package shopdesk.protocol;

import java.util.List;

/** GET /api/v1/sync/pull?since=&lt;cursor&gt;&amp;limit=&lt;n&gt;: the shop's change feed, oldest first. */
public record PullResponse(List<FeedChange> changes, String nextCursor, boolean hasMore, long serverTime) {
}
