package shopdesk.protocol;

import java.util.List;

/** One result per pushed entry, in the order sent. */
public record PushResponse(List<EntryResult> results, long serverTime) {
}
