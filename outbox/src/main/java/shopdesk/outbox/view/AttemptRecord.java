package shopdesk.outbox.view;

/** One send of an entry and what came of it (APPLIED, CONFLICT, REJECTED, SERVER_ERROR, THROTTLED, NETWORK, ...). */
public record AttemptRecord(long at, String outcome, Integer httpStatus, String error) {
}
