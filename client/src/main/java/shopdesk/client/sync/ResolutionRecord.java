package shopdesk.client.sync;

/** One audited human decision on a queue entry: who, what, why, when. */
public record ResolutionRecord(long seq, long at, String userId, String action, String reason) {
}
