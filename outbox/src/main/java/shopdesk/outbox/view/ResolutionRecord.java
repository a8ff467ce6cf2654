package shopdesk.outbox.view;

/** A person's decision on an entry: who, when, what, why, and the entry that replaced it (if any). */
public record ResolutionRecord(long id, long seq, long at, String userId, String action, String reason, Long newSeq) {
}
