package shopdesk.client.sync;

/** Delivery states of a SyncQueue entry, as the outbox keeps them. */
public enum EntryState {
    PENDING, IN_FLIGHT, RETRY_WAIT, CONFLICT, FAILED, DONE, DISCARDED, SUPERSEDED;

    /** Still on its way to the server without anyone's help. */
    public boolean isPending() {
        return this == PENDING || this == IN_FLIGHT || this == RETRY_WAIT;
    }

    /** Parked until a supervisor decides. */
    public boolean needsAttention() {
        return this == CONFLICT || this == FAILED;
    }
}
