package shopdesk.client.sync;

import java.util.List;

/** Everything the sync centre shows about one entry: its payload, attempts, error and any conflict. */
public record EntryDetail(QueueEntry entry, String payloadJson, Long baseVersion, List<Attempt> attempts,
                          ConflictInfo conflict) {

    public record Attempt(long at, String outcome, Integer httpStatus, String error) {
    }
}
