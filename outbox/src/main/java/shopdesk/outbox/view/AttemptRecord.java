package shopdesk.outbox.view;

import shopdesk.outbox.queue.AttemptOutcome;

/** One send of an entry and what came of it (APPLIED, CONFLICT, REJECTED, SERVER_ERROR, THROTTLED, NETWORK, ...). */
public record AttemptRecord(long at, AttemptOutcome outcome, Integer httpStatus, String error) {
}
