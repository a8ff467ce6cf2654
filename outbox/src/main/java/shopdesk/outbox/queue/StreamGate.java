package shopdesk.outbox.queue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Decides which open entries may be sent now. Walking the open entries in queue order, an entry is eligible
 * only when no earlier entry of its own stream, nor of any stream it depends on, is still open. So a parked
 * (CONFLICT / FAILED) entry holds back its own stream and its dependents, never the rest of the queue.
 */
public final class StreamGate {
    private StreamGate() {
    }

    /** The few columns the decision needs. */
    public record Row(long seq, String streamKey, List<String> dependsOn, DeliveryState state, long nextAttemptAt,
                      Long leaseUntil) {
    }

    /**
     * @param due       entries to send now, in queue order, at most {@code limit}
     * @param nextDueAt the earliest time a not-yet-due, unblocked entry becomes due (null if none)
     */
    public record Decision(List<Long> due, Long nextDueAt) {
    }

    static final long CLOCK_WENT_BACK_MS = 60 * 60 * 1000L;

    public static Decision decide(Iterator<Row> openRowsInSeqOrder, long now, int limit, Set<Long> exclude,
                                  boolean ignoreBackoff) {
        Set<String> openStreams = new HashSet<>();
        List<Long> due = new ArrayList<>();
        Long nextDue = null;
        while (openRowsInSeqOrder.hasNext()) {
            Row r = openRowsInSeqOrder.next();
            boolean blocked = openStreams.contains(r.streamKey())
                    || r.dependsOn().stream().anyMatch(openStreams::contains);
            openStreams.add(r.streamKey());
            if (blocked || exclude.contains(r.seq())) continue;
            Long dueAt = switch (r.state()) {
                case PENDING -> now; // never waits on the till's clock: it may have been set back since
                case RETRY_WAIT -> ignoreBackoff ? now : r.nextAttemptAt();
                case IN_FLIGHT -> r.leaseUntil() == null ? now : r.leaseUntil();
                default -> null; // parked: only a person moves it on
            };
            if (dueAt == null) continue;
            // No backoff or lease is longer than this; a due time further ahead means the till's clock went back
            // after it was set, and the entry would otherwise sit for hours (found by the fault suite).
            if (dueAt - now > CLOCK_WENT_BACK_MS) dueAt = now;
            if (dueAt <= now) {
                due.add(r.seq());
                if (due.size() >= limit) return new Decision(due, now);
            } else if (nextDue == null || dueAt < nextDue) {
                nextDue = dueAt;
            }
        }
        return new Decision(due, due.isEmpty() ? nextDue : Long.valueOf(now));
    }
}
