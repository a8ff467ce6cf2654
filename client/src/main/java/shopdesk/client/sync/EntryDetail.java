package shopdesk.client.sync;

import java.util.List;

/**
 * Everything the sync centre shows about one entry: its payload, attempts, error and any conflict.
 * {@code currentJson} is the till's current record of a product or customer (every unsent edit folded in), which
 * a conflict compares with the server's; null where there is none. {@code heldBackBy} says, one line each, which
 * earlier entries hold this one back and why. {@code baseJson} is that record as it was before the first unsent
 * edit, what this till and the server both started from (null when unknown).
 */
public record EntryDetail(QueueEntry entry, String payloadJson, Long baseVersion, List<Attempt> attempts,
                          ConflictInfo conflict, String currentJson, List<String> heldBackBy, String baseJson) {

    public EntryDetail(QueueEntry entry, String payloadJson, Long baseVersion, List<Attempt> attempts,
                       ConflictInfo conflict, String currentJson, List<String> heldBackBy) {
        this(entry, payloadJson, baseVersion, attempts, conflict, currentJson, heldBackBy, null);
    }

    public EntryDetail(QueueEntry entry, String payloadJson, Long baseVersion, List<Attempt> attempts,
                       ConflictInfo conflict, String currentJson) {
        this(entry, payloadJson, baseVersion, attempts, conflict, currentJson, List.of());
    }

    public EntryDetail(QueueEntry entry, String payloadJson, Long baseVersion, List<Attempt> attempts,
                       ConflictInfo conflict) {
        this(entry, payloadJson, baseVersion, attempts, conflict, null);
    }

    public record Attempt(long at, String outcome, Integer httpStatus, String error) {
    }
}
