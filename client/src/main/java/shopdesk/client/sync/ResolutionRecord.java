package shopdesk.client.sync;

/** One audited human decision on a queue entry: who, what, why, when. */
public record ResolutionRecord(long seq, long at, String userId, String action, String reason, String userName) {

    public ResolutionRecord(long seq, long at, String userId, String action, String reason) {
        this(seq, at, userId, action, reason, userId);
    }
}
