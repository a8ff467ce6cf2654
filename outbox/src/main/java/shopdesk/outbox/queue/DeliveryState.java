package shopdesk.outbox.queue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Where an entry is on its way to the cloud. Only sync_delivery.state changes; the entry itself never does. */
public enum DeliveryState {
    /** Waiting to be sent. */
    PENDING,
    /** Claimed by a worker until its lease expires; an expired lease makes it due again. */
    IN_FLIGHT,
    /** The server applied it (or had already applied it: a replay returns the stored result). */
    DONE,
    /** A retryable failure; due again at next_attempt_at. */
    RETRY_WAIT,
    /** The server holds a different state; parked for the resolution dialog with that state attached. */
    CONFLICT,
    /** Rejected, or retried too often: parked for a supervisor. */
    FAILED,
    /** A supervisor dropped it, with a reason. */
    DISCARDED,
    /** Replaced by a newer entry (force push, reduced quantities, stock override). */
    SUPERSEDED;

    /** States that still hold back their stream: everything not finished. */
    public static final Set<DeliveryState> OPEN = EnumSet.of(PENDING, IN_FLIGHT, RETRY_WAIT, CONFLICT, FAILED);
    /** Undelivered entries a worker may still send without a human. */
    public static final Set<DeliveryState> UNDELIVERED = EnumSet.of(PENDING, IN_FLIGHT, RETRY_WAIT);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean isParked() {
        return this == CONFLICT || this == FAILED;
    }

    public static List<String> names(Set<DeliveryState> states) {
        return states.stream().map(Enum::name).toList();
    }
}
