package shopdesk.outbox.view;

import java.util.List;
import shopdesk.protocol.Conflict;

/**
 * Everything the resolution dialog shows about one entry.
 *
 * @param serverState the server's answer as stored (JSON), e.g. a conflict with the server's current state
 * @param conflict    that answer read as a Conflict (null when it is not one)
 * @param blockedBy   earlier open entries (own stream or a stream it depends on) holding this one back
 * @param localState  the till's current record of a product or customer (all unsent edits folded), else null
 * @param baseState   that record as it was before the first unsent edit (what both sides started from), else null
 */
public record EntryDetail(EntrySummary summary, String payload, int payloadVersion, Long baseVersion,
                          List<String> dependsOn, String serverState, Conflict conflict, Long supersededBy,
                          List<AttemptRecord> attempts, List<ResolutionRecord> resolutions, List<Long> blockedBy,
                          String localState, String baseState) {
}
